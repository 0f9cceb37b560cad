package vn.motcua.monitoring.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static vn.motcua.dossier.DossierFact.DOSSIERS;

/**
 * What the selection's desks received for other agencies, and what other desks received for it,
 * regardless of administrative boundary (Decree 118/2025 Art. 7, 14). Every other figure counts a
 * dossier for its competent agency, which resolves it; these two say how many crossed.
 */
@Component
@Transactional(readOnly = true)
public class DeskFigures {

	private static final String CROSSED = """
			select count(*) filter (where desk_unit_id in (:units) and unit_id not in (:units)),
			       count(*) filter (where unit_id in (:units) and desk_unit_id not in (:units))
			  from %s
			 where desk_unit_id is not null and received_at >= :start and received_at < :end""".formatted(DOSSIERS.view());

	private final JdbcClient jdbc;

	DeskFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param forOthers received by the selection's desks for agencies outside it (not in its figures).
	 * @param byOtherDesks in the selection's figures, received by desks outside it.
	 */
	public record Crossed(long forOthers, long byOtherDesks) {
	}

	public Crossed of(Selection s) {
		return this.jdbc.sql(CROSSED)
			.param("units", s.unitIds())
			.param("start", s.start())
			.param("end", s.end())
			.query((rs, n) -> new Crossed(rs.getLong(1), rs.getLong(2)))
			.single();
	}

}
