package vn.motcua.portal.polls;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

/**
 * The back office of the polls as the portal's editors (and administrators) of a unit read it: the
 * unit's polls, each with its results. Another unit's poll is not found; a system-wide administrator
 * sees every unit's. {@link PollChanges} changes them.
 */
@Service
public class PollDesk {

	private final PollStore store;

	private final Polls polls;

	private final Clock clock;

	PollDesk(PollStore store, Polls polls, Clock clock) {
		this.store = store;
		this.polls = polls;
		this.clock = clock;
	}

	/** @return the polls of the actor's unit, the newest first; @throws DomainException {@code forbidden}. */
	@Transactional(readOnly = true)
	public List<PollSummary> list(Actor actor) {
		return this.store.summaries(editor(actor).unitId(), null, this.clock.instant());
	}

	/** @throws DomainException {@code forbidden}, {@code poll-not-found} (404, another unit's too). */
	@Transactional(readOnly = true)
	public PollSummary summary(UUID id, Actor actor) {
		return this.store.summaries(editor(actor).unitId(), id, this.clock.instant()).stream().findFirst().orElseThrow(
				() -> new DomainException(Kind.NOT_FOUND, "poll-not-found", id));
	}

	/** @return the poll with its results; @throws DomainException {@code forbidden}, {@code poll-not-found}. */
	@Transactional(readOnly = true)
	public Poll poll(UUID id, Actor actor) {
		summary(id, actor);
		return this.polls.read(id, null).orElseThrow();
	}

	/** @throws DomainException {@code forbidden} unless a portal editor or an administrator. */
	static Actor editor(Actor actor) {
		if (!actor.hasRole(Role.PORTAL_EDITOR) && !actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		return actor;
	}

}
