package vn.motcua.dossier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The published read contract is what the database has: a view changed by a migration fails here first. */
@MotCuaTest
class DossierFactIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(DossierFact.class)
	void eachPublishedViewHasExactlyItsColumnsInOrder(DossierFact fact) {
		var columns = this.jdbc.sql("""
				select column_name from information_schema.columns
				 where table_schema = current_schema() and table_name = ? order by ordinal_position""")
			.param(fact.view())
			.query(String.class)
			.list();

		assertThat(columns).containsExactlyElementsOf(fact.columns());
	}

}
