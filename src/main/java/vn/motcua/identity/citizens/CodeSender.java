package vn.motcua.identity.citizens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import vn.motcua.identity.CitizenCodeIssued;
import vn.motcua.identity.domain.Contacts;
import vn.motcua.identity.domain.OneTimeCode;
import vn.motcua.identity.domain.OneTimeCode.Sent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one-time codes to contacts, as often as {@link Sent} allows: publishes {@link
 * CitizenCodeIssued}, which the notifications send after commit.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CodeSender {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CitizenRepository citizens;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CodeSender(CitizenRepository citizens, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
		this.citizens = citizens;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/** @return whether a new code went to {@code contact}; not within a minute of the last, nor a sixth in a day. */
	boolean send(String contact) {
		Instant now = this.clock.instant();
		Optional<Sent> sent = Sent.after(this.citizens.sent(contact).orElse(null), now);
		if (sent.isEmpty()) {
			return false;
		}
		OneTimeCode code = OneTimeCode.issue(RANDOM, now);
		this.citizens.saveCode(contact, this.encoder.encode(code.code()), code.expiresAt(), sent.get());
		this.events.publishEvent(new CitizenCodeIssued(contact, Contacts.isEmail(contact), code.code(), code.issuedAt(),
				code.expiresAt()));
		return true;
	}

}
