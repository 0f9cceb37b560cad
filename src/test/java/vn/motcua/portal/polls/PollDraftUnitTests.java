package vn.motcua.portal.polls;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a poll may be saved as: its question, its options one a line, its dates in Vietnam. */
class PollDraftUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	private static PollRequest typed(String question, String options, String opens, String closes) {
		return PollRequest.typed(question, options, opens, closes);
	}

	@Test
	void keepsTheOptionsInOrderWithoutBlankLinesAndReadsTheDatesInVietnam() {
		PollDraft draft = PollDraft.of(typed("  Nên họp dân vào ngày nào? ", "Thứ Bảy\r\n\r\n  Chủ nhật \n", "2026-12-01T07:00",
				"2026-12-31T17:30"), NOW);
		assertThat(draft.question()).isEqualTo("Nên họp dân vào ngày nào?");
		assertThat(draft.options()).containsExactly("Thứ Bảy", "Chủ nhật");
		assertThat(draft.opensAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
		assertThat(draft.closesAt()).isEqualTo(Instant.parse("2026-12-31T10:30:00Z"));
	}

	@Test
	void refusesEachBadInputWithItsCode() {
		refused(typed("Câu hỏi?", "Có", "2026-12-01T07:00", "2026-12-31T17:00"), "poll-options-required");
		refused(typed("Câu hỏi?", "Có\nKHÔNG\nkhông", "2026-12-01T07:00", "2026-12-31T17:00"), "poll-option-duplicate");
		refused(new PollRequest("Câu hỏi?", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), "2026-12-01T07:00",
				"2026-12-31T17:00"), "poll-options-too-many");
		refused(typed("Câu hỏi?", "Có\n" + "x".repeat(201), "2026-12-01T07:00", "2026-12-31T17:00"), "poll-option-too-long");
		refused(typed(" ", "Có\nKhông", "2026-12-01T07:00", "2026-12-31T17:00"), "poll-question-required");
		refused(typed("x".repeat(301), "Có\nKhông", "2026-12-01T07:00", "2026-12-31T17:00"), "poll-question-too-long");
		refused(typed("Câu hỏi?", "Có\nKhông", "", "2026-12-31T17:00"), "poll-dates-required");
		refused(typed("Câu hỏi?", "Có\nKhông", "2026-12-31T17:00", "2026-12-31T17:00"), "poll-dates-invalid");
		refused(typed("Câu hỏi?", "Có\nKhông", "31/12/2026", "2027-01-31T17:00"), "poll-dates-invalid");
		refused(typed("Câu hỏi?", "Có\nKhông", "2026-11-01T07:00", "2026-11-28T09:00"), "poll-closes-in-past");
	}

	private static void refused(PollRequest request, String code) {
		assertThatThrownBy(() -> PollDraft.of(request, NOW)).isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo(code);
	}

}
