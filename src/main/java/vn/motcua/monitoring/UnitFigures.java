package vn.motcua.monitoring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The dossier figures of one unit over a period that other modules score on (the PAR Index's
 * computed criteria): the same counts as {@code GET /api/v1/stats/dossiers} gives for the unit
 * without its sub-units.
 */
public interface UnitFigures {

	/**
	 * @param from first day, inclusive; {@code to} last day, inclusive.
	 * @throws vn.motcua.shared.DomainException {@code unit-not-found}, {@code period-invalid},
	 * {@code period-too-long}.
	 */
	Figures of(String unitCode, LocalDate from, LocalDate to);

	/**
	 * @param onTimeRate resolved early or on time among those resolved, in percent with one decimal;
	 * {@literal null} when none was resolved.
	 * @param onlineShare received online among those received in the period, in percent with one
	 * decimal; {@literal null} when none was received.
	 * @param satisfaction the applicants' ratings of the dossiers received in the period that are
	 * satisfied (4 or 5 of 5), in percent with one decimal; {@literal null} when none was rated.
	 */
	record Figures(long received, long receivedOnline, long resolved, @Nullable Double onTimeRate,
			@Nullable Double onlineShare, @Nullable Double satisfaction) {
	}

}
