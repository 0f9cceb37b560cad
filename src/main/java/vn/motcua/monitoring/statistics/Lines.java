package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureView;

/** Breakdowns from grouped tallies: by procedure, by field, by month. */
final class Lines {

	private Lines() {
	}

	/** @return one line per procedure with figures, by field and name; the detail is the field. */
	static List<Line> byProcedure(Map<String, Tally> perProcedure, Map<String, ProcedureView> procedures) {
		return perProcedure.entrySet()
			.stream()
			.map(e -> {
				ProcedureView p = procedures.get(e.getKey());
				return new Line(e.getKey(), p == null ? e.getKey() : p.name(), fieldOf(p), e.getValue().counts());
			})
			.sorted(Comparator.comparing((Line l) -> l.detail()).thenComparing(Line::label))
			.toList();
	}

	/** @return one line per field (lĩnh vực) with figures, by name: the rows of report II.06a. */
	static List<Line> byField(Map<String, Tally> perProcedure, Map<String, ProcedureView> procedures) {
		Map<String, Tally> fields = new TreeMap<>();
		perProcedure
			.forEach((code, tally) -> fields.computeIfAbsent(fieldOf(procedures.get(code)), k -> new Tally()).add(tally));
		return fields.entrySet().stream().map(e -> new Line(e.getKey(), e.getKey(), null, e.getValue().counts())).toList();
	}

	/** @return one line per month from {@code from}'s to {@code last}'s, empty months included. */
	static List<Line> byMonth(Map<String, Tally> months, LocalDate from, LocalDate last) {
		List<Line> lines = new ArrayList<>();
		for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
			String key = "%04d-%02d".formatted(m.getYear(), m.getMonthValue());
			lines.add(new Line(key, "%02d/%04d".formatted(m.getMonthValue(), m.getYear()), null,
					months.getOrDefault(key, new Tally()).counts()));
		}
		return lines;
	}

	private static String fieldOf(@Nullable ProcedureView procedure) {
		return procedure == null ? "—" : procedure.field();
	}

}
