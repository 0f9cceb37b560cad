package vn.motcua.portal.polls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * Voting in the portal's polls: while a poll is open, one vote per voter — an account, or a browser
 * by its cookie — and at most {@code motcua.portal.poll-votes-per-address} votes a day from one
 * client address (local practice against ballot stuffing, a setting).
 */
@Service
public class Polls {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int perAddress;

	Polls(JdbcClient jdbc, Clock clock, @Value("${motcua.portal.poll-votes-per-address:30}") int perAddress) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.perAddress = perAddress;
	}

	/**
	 * @param voter {@code account:<login>} or {@code browser:<cookie>}.
	 * @throws DomainException {@code poll-not-found}, {@code poll-option-not-found} (400), {@code poll-closed}
	 * (409), {@code poll-already-voted} (409), {@code poll-too-many-votes} (429).
	 */
	@Transactional
	public void vote(UUID pollId, @Nullable UUID optionId, String voter, String address) {
		Instant now = this.clock.instant();
		Poll poll = read(pollId, null).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "poll-not-found", pollId));
		if (!poll.open()) {
			throw new DomainException(Kind.CONFLICT, "poll-closed");
		}
		if (optionId == null || poll.options().stream().noneMatch(o -> o.id().equals(optionId))) {
			throw new DomainException(Kind.INVALID, "poll-option-not-found");
		}
		long fromAddress = this.jdbc.sql("""
				select count(*) from portal_poll_vote where poll_id = ? and client_address = ? and voted_at > ? and voted_at <= ?""")
			.params(pollId, address, Timestamp.from(now.minus(Duration.ofDays(1))), Timestamp.from(now))
			.query(Long.class)
			.single();
		if (fromAddress >= this.perAddress) {
			throw new DomainException(Kind.LIMITED, "poll-too-many-votes");
		}
		try {
			this.jdbc.sql("insert into portal_poll_vote (poll_id, option_id, voter, client_address, voted_at) values (?, ?, ?, ?, ?)")
				.params(pollId, optionId, voter, address, Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException(Kind.CONFLICT, "poll-already-voted");
		}
	}

	/** @return the poll open now (the latest opened), if any, as the voter sees it. */
	@Transactional(readOnly = true)
	public Optional<Poll> current(@Nullable String voter) {
		return this.jdbc.sql("select id from portal_poll where opens_at <= ? order by closes_at > ? desc, opens_at desc limit 1")
			.params(Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.optional()
			.flatMap(id -> read(id, voter));
	}

	/** @return the poll as the voter sees it; {@literal null} voter: nobody in particular. */
	@Transactional(readOnly = true)
	public Optional<Poll> read(UUID id, @Nullable String voter) {
		Instant now = this.clock.instant();
		List<Poll.Option> counted = this.jdbc.sql("""
				select o.id, o.label, count(v.voter) from portal_poll_option o left join portal_poll_vote v on v.option_id = o.id
				 where o.poll_id = ? group by o.id, o.label, o.ordinal order by o.ordinal""")
			.param(id)
			.query((rs, n) -> new Poll.Option(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), 0))
			.list();
		long total = counted.stream().mapToLong(Poll.Option::votes).sum();
		List<Poll.Option> options = counted.stream()
			.map(o -> new Poll.Option(o.id(), o.label(), o.votes(), total == 0 ? 0 : (int) Math.round(o.votes() * 100.0 / total)))
			.toList();
		boolean voted = voter != null && this.jdbc.sql("select count(*) from portal_poll_vote where poll_id = ? and voter = ?")
			.params(id, voter).query(Long.class).single() > 0;
		return this.jdbc.sql("select question, opens_at, closes_at from portal_poll where id = ?")
			.param(id)
			.query((rs, n) -> {
				Instant opens = rs.getTimestamp(2).toInstant();
				Instant closes = rs.getTimestamp(3).toInstant();
				return new Poll(id, rs.getString(1), opens, closes, options, total, !now.isBefore(opens) && now.isBefore(closes), voted);
			})
			.optional();
	}

}
