package vn.motcua.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.audit.domain.AuditEntry;
import vn.motcua.audit.domain.ChainCheck;
import vn.motcua.audit.domain.ChainCheck.Verification;
import vn.motcua.audit.domain.Seal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain over the audit log ({@code audit_seal}): seals the entries not sealed yet, in the
 * order of their ids, and checks the whole chain. One sealer at a time on all nodes (an advisory
 * lock). An entry whose transaction committed after later ones were sealed is sealed by the next
 * run when it is at most {@link #LATE} ids behind, else by the next check, which looks at all.
 */
@Service
@Transactional
public class AuditChain {

	/** The advisory lock that keeps sealers and checks from running at once. */
	private static final long LOCK = 0x4155444954L;

	private static final int BATCH = 5_000;

	/** How far below the last sealed entry each run looks for entries committed late (an index probe each). */
	private static final long LATE = 1_000;

	private static final String ENTRY = "e.id, e.at, e.actor, e.address, e.action, e.subject, e.details";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	AuditChain(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** @return how many entries were sealed now. */
	public int seal() {
		return seal(LATE);
	}

	private int seal(long lookBack) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
		Seal last = this.jdbc.sql("select seq, entry_id, prev_hash, hash from audit_seal order by seq desc limit 1")
			.query(AuditChain::link)
			.optional()
			.orElse(null);
		long from = last == null ? 0 : Math.max(0, last.entryId() - lookBack);
		int sealed = 0;
		List<AuditEntry> entries;
		do {
			entries = this.jdbc.sql("select " + ENTRY + " from audit_entry e where e.id > ? and not exists "
					+ "(select 1 from audit_seal s where s.entry_id = e.id) order by e.id limit " + BATCH)
				.param(from)
				.query(AuditChain::entry)
				.list();
			List<Object[]> links = new ArrayList<>(entries.size());
			for (AuditEntry entry : entries) {
				last = Seal.after(last, entry);
				links.add(new Object[] { last.seq(), last.entryId(), last.prevHash(), last.hash() });
				from = entry.id();
			}
			this.batch.batchUpdate("insert into audit_seal (seq, entry_id, prev_hash, hash) values (?, ?, ?, ?)", links);
			sealed += links.size();
		}
		while (entries.size() == BATCH);
		return sealed;
	}

	/** Seals what is waiting (however late it committed), then walks the whole chain. */
	public Verification verify() {
		seal(Long.MAX_VALUE);
		var check = new ChainCheck();
		this.jdbc.sql("select s.seq, s.entry_id, s.prev_hash, s.hash, " + ENTRY
				+ " from audit_seal s left join audit_entry e on e.id = s.entry_id order by s.seq")
			.query(rs -> {
				check.next(link(rs, 0), rs.getObject("id") == null ? null : entry(rs, 0));
			});
		long unsealed = this.jdbc.sql("select count(*) from audit_entry e where not exists "
				+ "(select 1 from audit_seal s where s.entry_id = e.id)").query(Long.class).single();
		return check.result(unsealed);
	}

	/** @return the latest entries, newest first, of {@code actor} and with {@code action} containing the text, when given. */
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(@Nullable String actor, @Nullable String action, int limit) {
		return this.jdbc.sql("select " + ENTRY + " from audit_entry e where (cast(:actor as text) is null or e.actor = :actor)"
				+ " and (cast(:action as text) is null or e.action like '%' || :action || '%') order by e.id desc limit :limit")
			.param("actor", actor)
			.param("action", action)
			.param("limit", Math.max(1, Math.min(limit, 1_000)))
			.query(AuditChain::entry)
			.list();
	}

	private static Seal link(ResultSet rs, int row) throws SQLException {
		return new Seal(rs.getLong("seq"), rs.getLong("entry_id"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("address"), rs.getString("action"), rs.getString("subject"),
				rs.getString("details"));
	}

}
