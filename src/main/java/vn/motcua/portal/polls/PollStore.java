package vn.motcua.portal.polls;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The polls' rows for the back office: the poll, its options in order, its votes counted. */
@Repository
class PollStore {

	private final JdbcClient jdbc;

	PollStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param unit {@literal null}: every unit's; @param id {@literal null}: every poll. */
	List<PollSummary> summaries(@Nullable UUID unit, @Nullable UUID id, Instant now) {
		return this.jdbc.sql("""
				select p.id, p.question, p.opens_at, p.closes_at, (select count(*) from portal_poll_vote v where v.poll_id = p.id)
				  from portal_poll p where (cast(:unit as uuid) is null or p.unit_id = :unit)
				   and (cast(:id as uuid) is null or p.id = :id) order by p.created_at desc, p.opens_at desc""")
			.param("unit", unit)
			.param("id", id)
			.query((rs, n) -> {
				Instant opens = rs.getTimestamp(3).toInstant();
				Instant closes = rs.getTimestamp(4).toInstant();
				return new PollSummary(rs.getObject(1, UUID.class), rs.getString(2), opens, closes, rs.getLong(5),
						PollSummary.State.of(opens, closes, now));
			})
			.list();
	}

	/**
	 * Locks the poll, if it exists, for a change: a vote being cast waits (its foreign key shares the
	 * row), and one cast before is counted by {@link #votes}.
	 */
	void lock(UUID id) {
		this.jdbc.sql("select id from portal_poll where id = ? for update").param(id).query(UUID.class).optional();
	}

	long votes(UUID id) {
		return this.jdbc.sql("select count(*) from portal_poll_vote where poll_id = ?").param(id).query(Long.class).single();
	}

	void insert(UUID id, UUID unit, PollDraft poll, String actor, Instant at) {
		this.jdbc.sql("""
				insert into portal_poll (id, unit_id, question, opens_at, closes_at, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unit, poll.question(), Timestamp.from(poll.opensAt()), Timestamp.from(poll.closesAt()), actor,
					Timestamp.from(at))
			.update();
		options(id, poll.options());
	}

	/** Replaces the question, the dates and the options (new ones: nobody has voted). */
	void update(UUID id, PollDraft poll) {
		this.jdbc.sql("update portal_poll set question = ?, opens_at = ?, closes_at = ? where id = ?")
			.params(poll.question(), Timestamp.from(poll.opensAt()), Timestamp.from(poll.closesAt()), id)
			.update();
		this.jdbc.sql("delete from portal_poll_option where poll_id = ?").param(id).update();
		options(id, poll.options());
	}

	void close(UUID id, Instant closes) {
		this.jdbc.sql("update portal_poll set closes_at = ? where id = ?").params(Timestamp.from(closes), id).update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from portal_poll where id = ?").param(id).update();
	}

	private void options(UUID poll, List<String> labels) {
		for (int i = 0; i < labels.size(); i++) {
			this.jdbc.sql("insert into portal_poll_option (id, poll_id, ordinal, label) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), poll, i + 1, labels.get(i))
				.update();
		}
	}

}
