package vn.motcua.parindex.sets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.domain.Band;
import vn.motcua.parindex.domain.CriteriaTree;
import vn.motcua.parindex.domain.Criterion;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A row of {@code par_set} and its units as a {@link ParSet}; the tree and bands as JSON. */
@Component
class SetRows {

	private static final TypeReference<List<Criterion>> CRITERIA = new TypeReference<>() {
	};

	private static final TypeReference<List<Band>> BANDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final OrganizationManagement organization;

	SetRows(JdbcClient jdbc, JsonMapper json, OrganizationManagement organization) {
		this.jdbc = jdbc;
		this.json = json;
		this.organization = organization;
	}

	/** @param condition a condition on {@code par_set} and its order, written by this module, never from input. */
	List<ParSet> where(String condition) {
		return this.jdbc.sql("select * from par_set where " + condition).query(this::set).list();
	}

	String json(Object value) {
		return this.json.writeValueAsString(value);
	}

	ParSet set(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<UnitView> units = this.jdbc.sql("select unit_id from par_assessment where set_id = ?")
			.param(id)
			.query(UUID.class)
			.list()
			.stream()
			.map(u -> this.organization.unit(u).orElseThrow())
			.sorted(Comparator.comparing(UnitView::name))
			.toList();
		return new ParSet(id, rs.getInt("year"), rs.getString("name"),
				this.organization.unit(rs.getObject("issuer_unit_id", UUID.class)).orElseThrow(), units,
				new CriteriaTree(this.json.readValue(rs.getString("criteria"), CRITERIA),
						this.json.readValue(rs.getString("bands"), BANDS)),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getObject("self_due", LocalDate.class), rs.getObject("appraisal_due", LocalDate.class),
				rs.getString("decision"), rs.getObject("decision_date", LocalDate.class), SqlTimes.instant(rs, "published_at"));
	}

}
