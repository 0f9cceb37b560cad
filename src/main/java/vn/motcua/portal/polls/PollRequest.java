package vn.motcua.portal.polls;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an editor types to create or change a poll: the question, the options (a list over the API,
 * one a line on the page), and when it opens and closes as local date-times in Vietnam
 * ({@code 2026-12-01T07:00}).
 */
public record PollRequest(@Nullable String question, @Nullable List<@Nullable String> options, @Nullable String opens,
		@Nullable String closes) {

	/** @return the request of a page's form, its options typed one a line. */
	static PollRequest typed(@Nullable String question, @Nullable String options, @Nullable String opens,
			@Nullable String closes) {
		return new PollRequest(question, options == null ? List.of() : List.of(options.split("\\R")), opens, closes);
	}

}
