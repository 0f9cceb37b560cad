package vn.motcua.audit.recording;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every connection the application takes says who works on it ({@link ActorOnConnection}). */
@Configuration(proxyBeanMethods = false)
class AuditRecordingConfig {

	@Bean
	static BeanPostProcessor actorOnConnection() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof ActorOnConnection)
						? new ActorOnConnection(dataSource) : bean;
			}

		};
	}

}
