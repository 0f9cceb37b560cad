package vn.motcua.identity;

import java.time.Instant;

/**
 * A one-time code was issued to verify a citizen's contact: the notifications send it by SMS or
 * e-mail. The code lives in this event only until it is sent; the account keeps its hash.
 *
 * @param email whether {@code contact} is an e-mail address (else a phone number).
 */
public record CitizenCodeIssued(String contact, boolean email, String code, Instant issuedAt, Instant expiresAt) {
}
