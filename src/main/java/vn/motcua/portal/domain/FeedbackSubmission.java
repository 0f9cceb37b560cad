package vn.motcua.portal.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the submitter wrote: name, address and phone are required by Decree 20/2008.
 *
 * @param publishConsent whether the answer may be published on the portal.
 */
public record FeedbackSubmission(String name, String address, String phone, @Nullable String email, String subject,
		String content, boolean publishConsent) {
}
