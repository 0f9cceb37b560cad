package vn.motcua.monitoring.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ReadsFromReplica;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;

import static vn.motcua.dossier.DossierFact.DOSSIERS;
import static vn.motcua.dossier.DossierFact.STEPS;
import static vn.motcua.monitoring.reports.Hundredths.round;

/**
 * The evaluation of Circular 01/2018 Art. 13–15: nine indicators scored 0, 1 or 2 for each dossier
 * resolved (or refused) in the period, averaged per unit into a total out of 18 and a grade, and the
 * time indicator per official over the steps they finished. Scores from data: (1) total time —
 * early 2, on time 1, late 0; (2) each unit's time — every step early 2, a step on the day 1, a step
 * late 0; (3) contacts to complete — never came back 2, once 1, more 0; (7) attitude — rating 4–5
 * gives 2, 3 gives 1, lower 0; (9) online service — submitted online 2, else 0. The system
 * guarantees (4) one body contacted, (5) the one-stop desk, (6) the procedure published — 2 each.
 * An indicator without data (no step judged, no rating; (8) feedback, whose register monitoring
 * does not read) is left out of the average, never assumed to be 2 (Art. 15.4.b): the total is
 * the indicators with data, rescaled to nine ({@link #total}). Officials are scored on (1), (2), (3),
 * (4) and (7) over the dossiers they worked on ({@link OfficialScore}).
 */
@Service
@ReadsFromReplica
@Transactional(readOnly = true)
class Evaluation {

	/** Indicators the system guarantees, 2 points each: 4, 5 and 6. */
	static final int GIVEN = 3;

	private static final String SCORES = """
			case f.timeliness when 'EARLY' then 2 when 'ON_TIME' then 1 else 0 end as i1,
			(select case when bool_or(s.timeliness = 'LATE') then 0 when bool_or(s.timeliness = 'ON_TIME') then 1
			             when bool_or(s.timeliness = 'EARLY') then 2 end
			   from %s s where s.dossier_id = f.id) as i2,
			case f.supplement_requests when 0 then 2 when 1 then 1 else 0 end as i3,
			case when f.rating >= 4 then 2 when f.rating = 3 then 1 when f.rating is not null then 0 end as i7,
			case when f.channel = 'ONLINE' then 2 else 0 end as i9""".formatted(STEPS.view());

	private static final String RESOLVED_IN_PERIOD = "%s f where f.unit_id in (:units) and f.result_at >= :start"
		.formatted(DOSSIERS.view()) + " and f.result_at < :end";

	private static final String UNITS = """
			select unit_id::text, count(*), avg(i1), avg(i2), avg(i3), avg(i7), avg(i9)
			  from (select f.unit_id, %s from %s) d
			 group by unit_id""".formatted(SCORES, RESOLVED_IN_PERIOD);

	/** Per official and dossier resolved in the period: (2) is the time of the official's own steps. */
	private static final String OFFICIALS = """
			select official, count(*), sum(steps), sum(late), avg(i1), avg(i2), avg(i3), avg(i7)
			  from (select s.completed_by as official, count(*) as steps,
			               count(*) filter (where s.timeliness = 'LATE') as late,
			               case f.timeliness when 'EARLY' then 2 when 'ON_TIME' then 1 else 0 end as i1,
			               case when bool_or(s.timeliness = 'LATE') then 0 when bool_or(s.timeliness = 'ON_TIME') then 1
			                    when bool_or(s.timeliness = 'EARLY') then 2 end as i2,
			               case f.supplement_requests when 0 then 2 when 1 then 1 else 0 end as i3,
			               case when f.rating >= 4 then 2 when f.rating = 3 then 1 when f.rating is not null then 0 end as i7
			          from %s f join %s s on s.dossier_id = f.id and s.completed_by is not null
			         where f.unit_id in (:units) and f.result_at >= :start and f.result_at < :end
			         group by s.completed_by, f.id, f.timeliness, f.supplement_requests, f.rating) d
			 group by official""".formatted(DOSSIERS.view(), STEPS.view());

	private static final String DOSSIER_SCORES = "select f.code, f.procedure_name, %s from %s order by f.code limit :limit"
		.formatted(SCORES, RESOLVED_IN_PERIOD);

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final IdentityManagement identity;

	Evaluation(JdbcClient jdbc, OrganizationManagement organization, IdentityManagement identity) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.identity = identity;
	}

	/** @return one score per unit with dossiers resolved in the period, best first. */
	List<UnitScore> units(Selection s) {
		Map<String, UnitView> names = new HashMap<>();
		this.organization.allUnits().forEach(u -> names.put(u.id().toString(), u));
		List<UnitScore> scores = new ArrayList<>(params(this.jdbc.sql(UNITS), s).query((rs, n) -> {
			UnitView unit = names.get(rs.getString(1));
			Double i1 = average(rs, 3);
			Double i2 = average(rs, 4);
			Double i3 = average(rs, 5);
			Double i7 = average(rs, 6);
			Double i9 = average(rs, 7);
			double total = round(total(i1, i2, i3, i7, i9));
			return new UnitScore(unit == null ? "" : unit.code(), unit == null ? rs.getString(1) : unit.name(),
					rs.getLong(2), i1, i2, i3, i7, i9, total, Grade.of(total));
		}).list());
		scores.sort((a, b) -> Double.compare(b.total(), a.total()));
		return scores;
	}

	/**
	 * @param scores the indicators from data, {@literal null} where there is none.
	 * @return the total out of 18: the indicators with data and the {@link #GIVEN} ones, rescaled
	 * to nine indicators.
	 */
	static double total(@Nullable Double... scores) {
		double sum = 2.0 * GIVEN;
		int counted = GIVEN;
		for (Double score : scores) {
			if (score != null) {
				sum += score;
				counted++;
			}
		}
		return sum * 9 / counted;
	}

	private static @Nullable Double average(ResultSet rs, int column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : round(value);
	}

	/**
	 * @return the officials who finished steps of the dossiers resolved in the period, best score
	 * first, then most dossiers.
	 */
	List<OfficialScore> officials(Selection s) {
		List<OfficialScore> scores = new ArrayList<>(params(this.jdbc.sql(OFFICIALS), s).query((rs, n) -> {
			Double i1 = average(rs, 5);
			Double i2 = average(rs, 6);
			Double i3 = average(rs, 7);
			Double i7 = average(rs, 8);
			return new OfficialScore(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), i1, i2,
					i3, i7, OfficialScore.sum(i1, i2, i3, i7));
		}).list());
		Map<String, OfficialName> names = this.identity.names(scores.stream().map(OfficialScore::username).toList());
		scores.replaceAll(o -> names.containsKey(o.username()) ? o.named(names.get(o.username()).fullName()) : o);
		scores.sort(Comparator.comparingDouble(OfficialScore::total).reversed()
			.thenComparing(Comparator.comparingLong(OfficialScore::dossiers).reversed())
			.thenComparing(OfficialScore::username));
		return scores;
	}

	/** @return at most {@code limit} dossiers resolved in the period with their scores, by code. */
	List<DossierScore> dossiers(Selection s, int limit) {
		return params(this.jdbc.sql(DOSSIER_SCORES), s).param("limit", limit).query(Evaluation::dossier).list();
	}

	private static DossierScore dossier(ResultSet rs, int n) throws SQLException {
		int i1 = rs.getInt("i1");
		Integer i2 = rs.getObject("i2", Integer.class);
		int i3 = rs.getInt("i3");
		Integer i7 = rs.getObject("i7", Integer.class);
		int i9 = rs.getInt("i9");
		return new DossierScore(rs.getString("code"), rs.getString("procedure_name"), i1, i2, i3, i7, i9,
				round(total((double) i1, i2 == null ? null : (double) i2, (double) i3, i7 == null ? null : (double) i7,
						(double) i9)));
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, Selection s) {
		return statement.param("units", s.unitIds()).param("start", s.start()).param("end", s.end());
	}

}
