package vn.motcua.portal.home;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.context.event.EventListener;
import vn.motcua.catalogue.CatalogueChanged;
import vn.motcua.organization.OrganizationChanged;
import vn.motcua.portal.news.ArticlePages;
import vn.motcua.portal.site.PortalChanged;

/**
 * The public pages' cache runs first, before the security chain ({@link PublicPageCache}), and
 * forgets its pages once a change is committed.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfig {

	private final PublicPageCache cache;

	PublicPageCacheConfig(Clock clock, ArticlePages articles) {
		this.cache = new PublicPageCache(clock, articles::countRead);
	}

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration() {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(this.cache);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@EventListener
	void forget(PortalChanged changed) {
		this.cache.forget();
	}

	@EventListener
	void forget(CatalogueChanged changed) {
		this.cache.forget();
	}

	@EventListener
	void forget(OrganizationChanged changed) {
		this.cache.forget();
	}

}
