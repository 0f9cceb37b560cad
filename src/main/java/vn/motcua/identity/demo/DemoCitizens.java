package vn.motcua.identity.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.identity.citizens.CitizenRegistration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: one verified citizen account, {@code congdan@example.vn} with the demo password,
 * to file online without waiting for a code (which the demo writes to the console, having no SMTP
 * server or SMS gateway).
 */
@Component
@Profile("demo")
@Order(21)
class DemoCitizens implements ApplicationRunner {

	static final String CONTACT = "congdan@example.vn";

	private static final Logger log = LoggerFactory.getLogger(DemoCitizens.class);

	private final CitizenRegistration accounts;

	private final String password;

	DemoCitizens(CitizenRegistration accounts, @Value("${motcua.demo.password}") String password) {
		this.accounts = accounts;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.registerVerified(CONTACT, "Nguyễn Văn Dân", this.password);
		log.info("==> Demo citizen account: {} (same password), at /cong-dan/dang-nhap", CONTACT);
	}

}
