package vn.motcua.catalogue.procedures;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureView.ProcessStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The internal processes of procedure versions ({@code catalogue_process_step}): the version's
 * default one (no agency) and those agencies gave themselves.
 */
@Repository
public class ProcessSteps {

	private final JdbcClient jdbc;

	ProcessSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param agencyId {@literal null} for the version's default process.
	 * @return the steps by position; empty when there are none.
	 */
	public List<ProcessStep> of(UUID procedureId, @Nullable UUID agencyId) {
		return this.jdbc.sql("select position, name, role, share_hours, inter_agency, acting_agency_code from catalogue_process_step"
				+ " where procedure_id = :id and agency_id " + (agencyId == null ? "is null" : "= :agency")
				+ " order by position")
			.param("id", procedureId)
			.param("agency", agencyId)
			.query((rs, n) -> new ProcessStep(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
					rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	/** Adds the steps of a process; {@code agencyId} {@literal null} for the default one. */
	public void insert(UUID procedureId, @Nullable UUID agencyId, List<ProcessStep> steps) {
		for (ProcessStep s : steps) {
			this.jdbc.sql("""
					insert into catalogue_process_step (procedure_id, agency_id, position, name, role, share_hours, inter_agency,
					  acting_agency_code) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(procedureId, agencyId, s.position(), s.name().strip(), s.role(), BigDecimal.valueOf(s.shareHours()),
						s.actingAgencyCode() != null, s.actingAgencyCode())
				.update();
		}
	}

	/** Replaces an agency's own process (an empty list removes it). */
	public void replace(UUID procedureId, UUID agencyId, List<ProcessStep> steps) {
		this.jdbc.sql("delete from catalogue_process_step where procedure_id = :p and agency_id = :a")
			.param("p", procedureId)
			.param("a", agencyId)
			.update();
		insert(procedureId, agencyId, steps);
	}

}
