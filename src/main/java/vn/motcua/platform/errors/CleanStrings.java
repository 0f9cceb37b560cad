package vn.motcua.platform.errors;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every text read from a JSON body is clean as {@link HostileInput} wants a query or a form: a NUL
 * or another control character (PostgreSQL refuses a NUL in text, which surfaced as 500) makes the
 * body unreadable, so the API answers 400 and nothing is written.
 */
@Configuration(proxyBeanMethods = false)
class CleanStrings {

	@Bean
	JacksonModule cleanStringsModule() {
		return new SimpleModule("clean-strings").addDeserializer(String.class, new Deserializer());
	}

	static final class Deserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && !HostileInput.clean(value)) {
				throw context.weirdStringException(value, String.class, "a control character");
			}
			return value;
		}

	}

}
