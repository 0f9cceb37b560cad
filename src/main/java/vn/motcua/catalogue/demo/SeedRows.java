package vn.motcua.catalogue.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView.Particulars;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;

/**
 * A row of {@code seed/procedures.csv}, the commune procedures as the national procedure database
 * publishes them (see its README section): an empty time limit, unit or fee stays empty.
 */
final class SeedRows {

	/** «Name (bản chính: 1, bản sao: 0)»: the database's counts of originals and copies. */
	private static final Pattern DOCUMENT = Pattern.compile("(.+?)\\s*\\(bản chính: (\\d+), bản sao: (\\d+)\\)");

	private SeedRows() {
	}

	static ProcedureDraft draft(Map<String, String> row, LocalDate from) {
		TimeLimitUnit unit = unit(row.get("time_unit"));
		String limit = row.get("time_limit");
		Integer timeLimit = unit == null || limit.isEmpty() ? null : unit == TimeLimitUnit.SAME_DAY ? 0 : Integer.valueOf(limit);
		String fee = row.get("fee_vnd");
		return new ProcedureDraft(row.get("code"), row.get("name"), row.get("field"),
				ProcedureLevel.valueOf(row.get("level").toUpperCase(Locale.ROOT)), from, null, timeLimit,
				timeLimit == null ? null : unit, receiptRules(row.get("same_day_cutoff")), fee.isEmpty() ? null : Long.valueOf(fee), blank(row.get("fee_note")),
				online(row.get("online_level"), row.get("steps")), blank(row.get("legal_basis")),
				documents(row.get("documents")), List.of(),
				new Particulars(blank(row.get("applicants")), blank(row.get("agency")), blank(row.get("result")),
						blank(row.get("conditions")), lines(row.get("steps")), blank(row.get("sources")),
						blank(row.get("not_verified"))));
	}

	/** @return the rules of the seed's {@code same_day_cutoff} column: 15:00 is the law's cut-off. */
	static Set<ReceiptRule> receiptRules(String cutoff) {
		if (cutoff.isEmpty()) {
			return Set.of();
		}
		if (!LocalTime.parse(cutoff).equals(ReceiptRule.CUT_OFF)) {
			throw new IllegalArgumentException("no rule has the cut-off " + cutoff);
		}
		return Set.of(ReceiptRule.AFTER_15H_NEXT_DAY);
	}

	static List<RequiredDocument> documents(String text) {
		List<RequiredDocument> documents = new ArrayList<>();
		for (String item : text.split(";\\s*")) {
			Matcher m = DOCUMENT.matcher(item.strip());
			if (m.matches()) {
				documents.add(new RequiredDocument(documents.size() + 1, m.group(1), Integer.parseInt(m.group(2)), 0,
						Integer.parseInt(m.group(3))));
			}
			else if (!item.isBlank()) {
				documents.add(new RequiredDocument(documents.size() + 1, item.strip(), 0, 0, 0));
			}
		}
		return documents;
	}

	/**
	 * The database states the channels, not the level: «toàn trình» where its text says so, online
	 * filing (một phần) where it lists «trực tuyến» among the channels, else at the desk only.
	 */
	static OnlineLevel online(String level, String steps) {
		if ("full".equals(level)) {
			return OnlineLevel.FULL_ONLINE;
		}
		String channels = steps.split(";", 2)[0];
		return channels.contains("trực tuyến") ? OnlineLevel.PARTIAL_ONLINE : OnlineLevel.DIRECT_ONLY;
	}

	private static @Nullable TimeLimitUnit unit(String unit) {
		return unit.isEmpty() ? null : TimeLimitUnit.valueOf(unit.toUpperCase(Locale.ROOT));
	}

	private static @Nullable String lines(String steps) {
		String joined = Arrays.stream(steps.split(";\\s*"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining("\n"));
		return joined.isEmpty() ? null : joined;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
