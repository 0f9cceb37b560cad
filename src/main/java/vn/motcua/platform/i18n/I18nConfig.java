package vn.motcua.platform.i18n;

import java.time.Duration;
import java.util.Locale;

import vn.motcua.shared.Vietnam;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese unless the user chose otherwise: {@code ?lang=en} switches to English and a cookie
 * remembers the choice. The browser's Accept-Language is deliberately not followed: officials'
 * browsers are often in English, the office language is Vietnamese.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("motcua-lang");
		resolver.setDefaultLocale(Vietnam.LOCALE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
