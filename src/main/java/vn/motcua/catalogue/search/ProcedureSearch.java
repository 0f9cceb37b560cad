package vn.motcua.catalogue.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.procedures.ProcedureRows;
import vn.motcua.shared.TextFolding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static vn.motcua.catalogue.procedures.ProcedureRows.IN_FORCE;
import static vn.motcua.catalogue.procedures.ProcedureRows.SELECT;

/** Finds procedure versions in force: the officials' list and the public search. */
@Service
@Transactional(readOnly = true)
public class ProcedureSearch {

	/** Whether the folded words {@code :pattern} are in the code, name or field: exact matches rank first. */
	private static final String WORDS = "(unaccent(lower(code || ' ' || name || ' ' || field)) like :pattern)";

	private final JdbcClient jdbc;

	ProcedureSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param query folded match on code and name; blank for all.
	 * @return the versions in force on {@code date}, without documents and steps, by field and name.
	 */
	public List<ProcedureView> search(@Nullable String query, LocalDate date) {
		String folded = query == null ? "" : TextFolding.fold(query);
		return this.jdbc.sql(SELECT + " where" + IN_FORCE + " order by field, name")
			.param("date", date)
			.query(ProcedureRows::header)
			.stream()
			.filter(p -> folded.isEmpty() || TextFolding.fold(p.code() + " " + p.name()).contains(folded))
			.toList();
	}

	/**
	 * The public search (tra cứu thủ tục): the words typed, with or without diacritics, found in
	 * the code, name or field; a name that is close enough (a typo or two) still matches, ranked
	 * after the exact matches; among equals, the name closest to the words as a whole comes first.
	 * @param query blank for all.
	 * @param field an exact field name, or {@literal null} for all.
	 * @param level a level, or {@literal null} for all.
	 * @return at most {@code limit} versions in force on {@code date}, without documents and steps.
	 */
	public List<ProcedureView> find(@Nullable String query, @Nullable String field, @Nullable ProcedureLevel level,
			LocalDate date, int limit) {
		String folded = query == null ? "" : TextFolding.fold(query);
		Map<String, Object> params = new HashMap<>(Map.of("date", date, "limit", limit));
		String sql = SELECT + " where" + IN_FORCE + filters(folded, field, level, params)
				+ (folded.isEmpty() ? " order by field, name"
						: " order by " + WORDS + " desc, similarity(:q, unaccent(lower(name))) desc, name")
				+ " limit :limit";
		return this.jdbc.sql(sql).params(params).query(ProcedureRows::header).list();
	}

	private static String filters(String folded, @Nullable String field, @Nullable ProcedureLevel level,
			Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (!folded.isEmpty()) {
			sql.append(" and (unaccent(lower(code || ' ' || name || ' ' || field)) like :pattern")
				.append(" or word_similarity(:q, unaccent(lower(name))) >= 0.5)");
			params.put("q", folded);
			params.put("pattern", "%" + escapeLike(folded) + "%");
		}
		if (field != null) {
			sql.append(" and field = :field");
			params.put("field", field);
		}
		if (level != null) {
			sql.append(" and level = :level");
			params.put("level", level.name());
		}
		return sql.toString();
	}

	/** @return the fields of the procedures in force on {@code date}, by name. */
	public List<String> fields(LocalDate date) {
		return this.jdbc.sql("select distinct field from catalogue_procedure where" + IN_FORCE + " order by field")
			.param("date", date)
			.query(String.class)
			.list();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
