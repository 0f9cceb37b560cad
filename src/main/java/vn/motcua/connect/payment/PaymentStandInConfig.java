package vn.motcua.connect.payment;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With {@code motcua.payment.stand-in}, the stand-in payment platform inside the application (the demo). */
@Configuration(proxyBeanMethods = false)
class PaymentStandInConfig {

	@Bean(destroyMethod = "close")
	@ConditionalOnBooleanProperty("motcua.payment.stand-in")
	PaymentPlatformStandIn paymentPlatformStandIn(PaymentSettings settings) throws IOException {
		return PaymentPlatformStandIn.start(0, settings.secret());
	}

}
