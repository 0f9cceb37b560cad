package vn.motcua.dossier.lists;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.shared.TextFolding;
import vn.motcua.shared.Texts;

/**
 * What the desk searches a list for: one box matching the code, the applicant's name (diacritics
 * ignored), ID number or phone; the procedure, the period of receipt (days, both included) and the
 * channel.
 */
record DossierSearch(@Nullable String text, @Nullable String procedureCode, @Nullable LocalDate from,
		@Nullable LocalDate to, @Nullable Channel channel) {

	static final DossierSearch NONE = new DossierSearch(null, null, null, null, null);

	DossierSearch {
		text = Texts.blankToNull(text);
		procedureCode = Texts.blankToNull(procedureCode);
	}

	/** @return whether anything narrows the list. */
	boolean isEmpty() {
		return this.text == null && this.procedureCode == null && this.from == null && this.to == null
				&& this.channel == null;
	}

	/**
	 * @param startOfDay the instant a day starts, in the official's zone.
	 * @return the SQL condition on {@code dossier d}, its parameters put in {@code params}; {@code true} for none.
	 */
	String where(Function<LocalDate, Timestamp> startOfDay, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder("true");
		if (this.text != null) {
			String digits = this.text.replaceAll("[^0-9]", "");
			// each of the «or»s is read from an index (trigram indexes for the fragments, migration
			// 20261205040000): without them a province's search read all its dossiers
			sql.append(" and (upper(d.code) like :codeLike or dossier_folded(d.applicant_name) like :nameLike");
			params.put("codeLike", "%" + literal(this.text.toUpperCase(Locale.ROOT)) + "%");
			params.put("nameLike", "%" + literal(TextFolding.fold(this.text)) + "%");
			if (digits.length() >= 4) {
				sql.append(" or d.applicant_id_number = :digits"
						+ " or regexp_replace(coalesce(d.applicant_phone, ''), '[^0-9]', '', 'g') like :phoneLike");
				params.put("digits", digits);
				params.put("phoneLike", "%" + digits + "%");
			}
			sql.append(")");
		}
		if (this.procedureCode != null) {
			sql.append(" and d.procedure_code = :procedureCode");
			params.put("procedureCode", this.procedureCode);
		}
		if (this.from != null) {
			sql.append(" and d.received_at >= :from");
			params.put("from", startOfDay.apply(this.from));
		}
		if (this.to != null) {
			sql.append(" and d.received_at < :to");
			params.put("to", startOfDay.apply(this.to.plusDays(1)));
		}
		if (this.channel != null) {
			sql.append(" and d.channel = :channel");
			params.put("channel", this.channel.name());
		}
		return sql.toString();
	}

	/** @return the text matched literally by {@code like}: its wildcards escaped. */
	static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
