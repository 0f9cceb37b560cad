package vn.motcua.portal.home;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.CatalogueChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The procedure pages and the public procedure search are kept for anonymous readers like the news
 * pages, and forgotten once the catalogue changes; a signed-in reader always gets them fresh.
 */
@MotCuaTest
class PublicPageCacheIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void procedurePagesAndTheirSearchAreKeptUntilTheCatalogueChanges() {
		Http reader = Http.anonymous(this.port);
		String page = "/thu-tuc/2.000908";
		String api = "/api/v1/public/procedures?q=ban+sao+tu+so+goc";
		String inForce = " where code = '2.000908' and effective_from <= date '2026-11-28'"
				+ " and (effective_to is null or effective_to >= date '2026-11-28')";
		String name = this.jdbc.sql("select name from catalogue_procedure" + inForce).query(String.class).single();
		assertThat(reader.get(page).text()).contains(name);
		assertThat(reader.get(api).body()).contains(name);
		try {
			// changed behind the application's back: nothing tells the cache
			this.jdbc.sql("update catalogue_procedure set name = name || ' (sửa)'" + inForce).update();

			assertThat(reader.get(page).text()).doesNotContain(name + " (sửa)");
			assertThat(reader.get(api).body()).doesNotContain(name + " (sửa)");
			assertThat(Http.basic(this.port, "admin", PASSWORD).get(page).text()).as("not kept for a signed-in reader")
				.contains(name + " (sửa)");

			CatalogueChanged.publish(this.events);

			assertThat(reader.get(page).text()).contains(name + " (sửa)");
			assertThat(reader.get(api).body()).contains(name + " (sửa)");
		}
		finally {
			this.jdbc.sql("update catalogue_procedure set name = :name" + inForce).param("name", name).update();
			CatalogueChanged.publish(this.events);
		}
	}

}
