package vn.motcua.portal.polls;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.motcua.portal.site.PortalChanged;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * The polls' editors (and administrators) create polls for their unit, change or delete them while
 * nobody has voted, and close them, or move their closing, at any time. Each change is one
 * transaction; refused, nothing is written.
 */
@Service
public class PollChanges {

	private final PollDesk desk;

	private final PollStore store;

	private final Polls polls;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PollChanges(PollDesk desk, PollStore store, Polls polls, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.desk = desk;
		this.store = store;
		this.polls = polls;
		this.clock = clock;
	}

	/** @throws DomainException {@code forbidden} (an actor without a unit too), the request's: see {@link PollDraft#of}. */
	@Transactional
	public Poll create(PollRequest request, Actor actor) {
		UUID unit = PollDesk.editor(actor).unitId();
		if (unit == null) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		this.store.insert(id, unit, PollDraft.of(request, now), actor.username(), now);
		PortalChanged.publish(this.events);
		return this.polls.read(id, null).orElseThrow();
	}

	/** @throws DomainException {@code poll-has-votes} (409), {@code poll-not-found}, the request's: see {@link PollDraft#of}. */
	@Transactional
	public Poll edit(UUID id, PollRequest request, Actor actor) {
		unvoted(id, actor);
		this.store.update(id, PollDraft.of(request, this.clock.instant()));
		PortalChanged.publish(this.events);
		return this.polls.read(id, null).orElseThrow();
	}

	/**
	 * @param closes a local date-time in Vietnam, see {@link PollDraft#closing}; {@literal null}: now, for
	 * an open poll (a closed one stays as it is).
	 * @throws DomainException {@code poll-not-started} (409) to close now a poll not open yet.
	 */
	@Transactional
	public Poll close(UUID id, @Nullable String closes, Actor actor) {
		PollSummary poll = locked(id, actor);
		Instant now = this.clock.instant();
		if (closes != null) {
			this.store.close(id, PollDraft.closing(closes, poll.opensAt(), now));
			PortalChanged.publish(this.events);
		}
		else if (poll.state() == PollSummary.State.SCHEDULED || !now.isAfter(poll.opensAt())) {
			throw new DomainException(Kind.CONFLICT, "poll-not-started");
		}
		else if (poll.state() == PollSummary.State.OPEN) {
			this.store.close(id, now);
			PortalChanged.publish(this.events);
		}
		return this.polls.read(id, null).orElseThrow();
	}

	/** @throws DomainException {@code poll-has-votes} (409), {@code poll-not-found}, {@code forbidden}. */
	@Transactional
	public void delete(UUID id, Actor actor) {
		unvoted(id, actor);
		this.store.delete(id);
		PortalChanged.publish(this.events);
	}

	private void unvoted(UUID id, Actor actor) {
		locked(id, actor);
		if (this.store.votes(id) > 0) {
			throw new DomainException(Kind.CONFLICT, "poll-has-votes");
		}
	}

	private PollSummary locked(UUID id, Actor actor) {
		this.store.lock(id);
		return this.desk.summary(id, actor);
	}

}
