package vn.motcua.parindex.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.parindex.sets.ParSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of a unit's assessment: its status, the scores of its leaves, and every change. */
@Repository
public class Scores {

	private final JdbcClient jdbc;

	Scores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return {@code DRAFT} or {@code SUBMITTED}, the row locked until the transaction ends. */
	String lockStatus(UUID set, UUID unit) {
		return this.jdbc.sql("select status from par_assessment where set_id = ? and unit_id = ? for update")
			.params(set, unit)
			.query(String.class)
			.single();
	}

	/** @return {@code DRAFT} or {@code SUBMITTED}. */
	String statusOf(UUID set, UUID unit) {
		return this.jdbc.sql("select status from par_assessment where set_id = ? and unit_id = ?")
			.params(set, unit)
			.query(String.class)
			.single();
	}

	public void submit(UUID set, UUID unit, String actor, Instant at) {
		this.jdbc.sql("""
				update par_assessment set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?
				where set_id = ? and unit_id = ?""").params(Timestamp.from(at), actor, set, unit).update();
	}

	/** @param self whether the unit's own score (else the committee's) is set. */
	public void put(UUID set, UUID unit, String code, boolean self, double points, @Nullable String note, String actor,
			Instant at) {
		String column = self ? "self_points" : "appraised_points";
		String noteColumn = self ? "self_note" : "appraisal_comment";
		this.jdbc.sql("""
				insert into par_score (set_id, unit_id, code, %1$s, %2$s) values (?, ?, ?, ?, ?)
				on conflict (set_id, unit_id, code) do update set %1$s = excluded.%1$s,
				  %2$s = coalesce(excluded.%2$s, par_score.%2$s)""".formatted(column, noteColumn))
			.params(set, unit, code, BigDecimal.valueOf(points), note)
			.update();
		this.jdbc.sql("""
				insert into par_score_change (set_id, unit_id, code, side, points, note, actor, at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(set, unit, code, self ? "SELF" : "APPRAISAL", BigDecimal.valueOf(points), note, actor,
					Timestamp.from(at))
			.update();
	}

	/** @return the unit's scores by leaf code: self ({@code true}) or the committee's. */
	Map<String, Double> of(UUID set, UUID unit, boolean self) {
		Map<String, Double> scores = new HashMap<>();
		this.jdbc.sql("select code, %s from par_score where set_id = ? and unit_id = ?"
			.formatted(self ? "self_points" : "appraised_points"))
			.params(set, unit)
			.query(rs -> {
				BigDecimal points = rs.getBigDecimal(2);
				if (points != null) {
					scores.put(rs.getString(1), points.doubleValue());
				}
			});
		return scores;
	}

	/** @return the notes by leaf code: the unit's explanation ({@code true}) or the committee's comment. */
	Map<String, String> notes(UUID set, UUID unit, boolean self) {
		Map<String, String> notes = new HashMap<>();
		this.jdbc.sql("select code, %s from par_score where set_id = ? and unit_id = ?"
			.formatted(self ? "self_note" : "appraisal_comment"))
			.params(set, unit)
			.query(rs -> {
				if (rs.getString(2) != null) {
					notes.put(rs.getString(1), rs.getString(2));
				}
			});
		return notes;
	}

	/** @return where each unit's self-assessment stands, {@code DRAFT} or {@code SUBMITTED}, by unit code. */
	public Map<String, String> statuses(ParSet set) {
		Map<UUID, String> byId = new HashMap<>();
		this.jdbc.sql("select unit_id, status from par_assessment where set_id = ?").param(set.id())
			.query(rs -> {
				byId.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		Map<String, String> byCode = new HashMap<>();
		set.units().forEach(u -> byCode.put(u.code(), byId.get(u.id())));
		return byCode;
	}

}
