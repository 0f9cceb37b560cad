package vn.motcua.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.audit.domain.AuditEntry;
import vn.motcua.audit.domain.ChainCheck;
import vn.motcua.audit.domain.ChainCheck.Verification;
import vn.motcua.audit.domain.Seal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain over the audit log ({@code audit_seal}): seals the entries not sealed yet, in the
 * order of their ids, and checks the whole chain. One sealer at a time on all nodes (an advisory
 * lock); an entry whose transaction commits late is sealed by the next run.
 */
@Service
@Transactional
public class AuditChain {

	/** The advisory lock that keeps sealers and checks from running at once. */
	private static final long LOCK = 0x4155444954L;

	private static final int BATCH = 5_000;

	/** How far below the last sealed entry to look for entries committed late. */
	private static final long LATE = 100_000;

	private static final String ENTRY = "e.id, e.at, e.actor, e.address, e.action, e.subject, e.details";

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return how many entries were sealed now. */
	public int seal() {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
		Seal last = this.jdbc.sql("select seq, entry_id, prev_hash, hash from audit_seal order by seq desc limit 1")
			.query(AuditChain::link)
			.optional()
			.orElse(null);
		long from = last == null ? 0 : Math.max(0, last.entryId() - LATE);
		int sealed = 0;
		List<AuditEntry> entries;
		do {
			entries = this.jdbc.sql("select " + ENTRY + " from audit_entry e where e.id > ? and not exists "
					+ "(select 1 from audit_seal s where s.entry_id = e.id) order by e.id limit " + BATCH)
				.param(from)
				.query(AuditChain::entry)
				.list();
			for (AuditEntry entry : entries) {
				last = Seal.after(last, entry);
				this.jdbc.sql("insert into audit_seal (seq, entry_id, prev_hash, hash) values (?, ?, ?, ?)")
					.params(last.seq(), last.entryId(), last.prevHash(), last.hash())
					.update();
				from = entry.id();
				sealed++;
			}
		}
		while (entries.size() == BATCH);
		return sealed;
	}

	/** Seals what is waiting, then walks the whole chain. */
	public Verification verify() {
		seal();
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
