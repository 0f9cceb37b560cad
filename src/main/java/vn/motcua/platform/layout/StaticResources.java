package vn.motcua.platform.layout;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Style sheets, scripts and webjars under versioned addresses: the templates' {@code @{…}} links
 * carry a hash of the content ({@code site-3f2a….css}), so browsers keep them a year without asking
 * again ({@code Cache-Control: max-age=31536000, public, immutable}) and a changed file gets a new
 * address. Ahead of Spring Boot's own handlers for the same paths, which would not say
 * {@code immutable}. Each file is read once and kept in memory ({@link InMemoryResources}).
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticResources implements WebMvcConfigurer {

	static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// ahead of the controllers' mappings: a file is found by its folder, not after trying every endpoint
		registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(FOREVER)
			.resourceChain(true)
			.addResolver(new InMemoryResources())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addResolver(new LiteWebJarsResourceResolver());
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(FOREVER)
				.resourceChain(true)
				.addResolver(new InMemoryResources())
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
