package vn.motcua.portal.polls;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

/**
 * A poll as it may be saved: a question of 1–300 characters, 2–10 distinct options of at most 200
 * (blank lines dropped), and an opening before the closing, which is still to come.
 */
record PollDraft(String question, List<String> options, Instant opensAt, Instant closesAt) {

	static final int QUESTION = 300;

	static final int OPTION = 200;

	static final int MOST_OPTIONS = 10;

	/**
	 * @throws DomainException (400) {@code poll-question-required}, {@code poll-question-too-long},
	 * {@code poll-options-required} (fewer than two), {@code poll-options-too-many},
	 * {@code poll-option-too-long}, {@code poll-option-duplicate}, {@code poll-dates-required},
	 * {@code poll-dates-invalid}, {@code poll-closes-in-past}.
	 */
	static PollDraft of(PollRequest r, Instant now) {
		String question = r.question() == null ? "" : r.question().strip();
		if (question.isEmpty()) {
			throw invalid("poll-question-required");
		}
		if (question.length() > QUESTION) {
			throw invalid("poll-question-too-long", QUESTION);
		}
		List<String> options = options(r.options());
		Instant opens = at(r.opens());
		return new PollDraft(question, options, opens, closing(r.closes(), opens, now));
	}

	private static List<String> options(@Nullable List<@Nullable String> typed) {
		List<String> options = typed == null ? List.of()
				: typed.stream().filter(Objects::nonNull).map(String::strip).filter(o -> !o.isEmpty()).toList();
		if (options.size() < 2) {
			throw invalid("poll-options-required");
		}
		if (options.size() > MOST_OPTIONS) {
			throw invalid("poll-options-too-many", MOST_OPTIONS);
		}
		Set<String> seen = new HashSet<>();
		for (String option : options) {
			if (option.length() > OPTION) {
				throw invalid("poll-option-too-long", OPTION);
			}
			if (!seen.add(option.toLowerCase(Vietnam.LOCALE))) {
				throw invalid("poll-option-duplicate", option);
			}
		}
		return options;
	}

	/** @return a closing after {@code opens} and still to come; refused: {@code poll-dates-…}, {@code poll-closes-in-past}. */
	static Instant closing(@Nullable String typed, Instant opens, Instant now) {
		Instant closes = at(typed);
		if (!closes.isAfter(opens)) {
			throw invalid("poll-dates-invalid");
		}
		if (!closes.isAfter(now)) {
			throw invalid("poll-closes-in-past");
		}
		return closes;
	}

	/** @return the moment of a local date-time typed in Vietnam. */
	private static Instant at(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			throw invalid("poll-dates-required");
		}
		try {
			return LocalDateTime.parse(typed.strip()).atZone(Vietnam.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw invalid("poll-dates-invalid");
		}
	}

	private static DomainException invalid(String code, Object... args) {
		return new DomainException(Kind.INVALID, code, args);
	}

}
