package vn.motcua.dossier.processing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Desk;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.HandedDocument;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.SqlArrays;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.motcua.dossier.processing.TransitionBatch.ts;

/**
 * Stores the {@link Dossier} aggregate with explicit SQL: a transition writes the dossier row
 * (guarded by its version), the steps and clock stops it changed, and its new timeline lines —
 * never the whole aggregate again. What it stored last it also remembers ({@link RecentDossiers}).
 */
@Repository
public class DossierRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final RecentDossiers recent;

	DossierRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, RecentDossiers recent) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.recent = recent;
	}

	/** Stores a new dossier with its steps and its first timeline lines. */
	public void insert(Dossier d) {
		Intake i = d.intake();
		Desk desk = i.desk();
		this.jdbc.sql("""
				insert into dossier (id, code, procedure_id, procedure_code, procedure_name, agency_id, agency_code, unit_id,
				  channel, applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address, status,
				  received_at, count_from, due_at, time_limit, time_unit, receipt_rules, rule_version, clock_stop_mode, current_step,
				  closed_at, lookup_secret, received_by, desk_agency_id, desk_agency_code, desk_unit_id, paper_due_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(d.id(), d.code(), i.procedureId(), i.procedureCode(), i.procedureName(), i.agencyId(), i.agencyCode(),
					i.unitId(), i.channel().name(), i.applicant().fullName(), i.applicant().idNumber(), i.applicant().phone(),
					i.applicant().email(), i.applicant().address(), d.status().name(), ts(i.receivedAt()), ts(i.countFrom()),
					ts(d.dueAt()), i.timeLimit(), i.timeUnit().name(), SqlArrays.names(i.receiptRules()), i.ruleVersion().name(),
					i.clockStopMode().name(), d.currentStep(), ts(d.closedAt()), i.lookupSecret(), i.receivedBy(), desk == null ? null : desk.agencyId(),
					desk == null ? null : desk.agencyCode(), desk == null ? null : desk.unitId(),
					desk == null ? null : ts(desk.paperDueAt()))
			.update();
		d.steps().forEach(step -> this.jdbc.sql("""
				insert into dossier_step (dossier_id, position, name, role, share_hours, acting_unit_id, due_at, started_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), step.position(), step.name(), step.role(), step.shareHours(), step.actingUnitId(),
					ts(step.dueAt()), ts(step.startedAt()))
			.update());
		d.newEntries().forEach(e -> this.jdbc.sql(TransitionBatch.INSERT_EVENT).params(TransitionBatch.entryParams(d.id(), e)).update());
		d.markStored();
		this.recent.rememberAfterCommit(d, d.version());
	}

	/**
	 * Writes a transition: the dossier row under its version; only when that held, the changed
	 * steps, the clock stops and the new timeline lines, sent together as one batch of statements.
	 * So a stale copy writes nothing, and the caller may retry in the same transaction.
	 * @throws OptimisticLockingFailureException when someone else changed the dossier since it was read.
	 */
	public void update(Dossier d) {
		TransitionBatch batch = new TransitionBatch(d);
		if (execute(TransitionBatch.GUARD, batch.guardParams()) == 0) {
			throw new OptimisticLockingFailureException("dossier " + d.code() + " changed since version " + d.version());
		}
		if (!batch.sql().isEmpty()) {
			execute(batch.sql(), batch.params());
		}
		d.markStored();
		this.recent.rememberAfterCommit(d, d.version() + 1);
	}

	/** @return how many rows the first statement of the batch updated. */
	private int execute(String sql, List<Object> params) {
		Integer updated = this.jdbcTemplate.execute((Connection c) -> c.prepareStatement(sql), (PreparedStatement ps) -> {
			for (int i = 0; i < params.size(); i++) {
				ps.setObject(i + 1, params.get(i));
			}
			ps.execute();
			return ps.getUpdateCount();
		});
		return updated == null ? 0 : updated;
	}

	/**
	 * The dossier with its steps, clock stops and timeline, in one round trip: four queries sent
	 * together, read as four result sets.
	 */
	public Optional<Dossier> load(String code) {
		return this.jdbcTemplate.execute((Connection c) -> c.prepareStatement("""
				select * from dossier where code = ?;
				select s.* from dossier_step s join dossier d on d.id = s.dossier_id where d.code = ? order by s.position;
				select c.seq, c.stopped_at, c.resumed_at, c.kind from dossier_clock_stop c join dossier d on d.id = c.dossier_id
				  where d.code = ? order by c.seq;
				select e.at, e.action, e.actor, e.actor_unit_id, e.from_status, e.to_status, e.note
				  from dossier_event e join dossier d on d.id = e.dossier_id where d.code = ? order by e.id"""),
				(PreparedStatement ps) -> {
					for (int i = 1; i <= 4; i++) {
						ps.setString(i, code);
					}
					ps.execute();
					return DossierRows.read(ps);
				});
	}

	/**
	 * @return the dossier from the database when a unit of {@code scope} holds it or one of its steps.
	 * @throws DomainException {@code dossier-not-found}, also outside the scope.
	 */
	public Dossier loadInScope(String code, UnitScope scope) {
		return load(code).filter(d -> d.visibleTo(scope::contains))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "dossier-not-found", code));
	}

	/**
	 * @return the dossier as this node last stored it, if it still remembers it: a guess, for the
	 * next action only (its write is guarded by the version), never for display.
	 */
	public Optional<Dossier> remembered(String code) {
		return this.recent.get(code);
	}

	/** Forgets a remembered dossier that turned out stale. */
	public void forget(String code) {
		this.recent.forget(code);
	}

	/**
	 * What the counter recorded besides the intake: how the result goes out, what was handed in.
	 * @param components the components of the digitisation checklist (the required documents).
	 */
	public void recordCounter(UUID dossierId, String resultDelivery, @Nullable Integer sets,
			@Nullable Boolean receiptAsked, int components, List<HandedDocument> handedIn) {
		this.jdbc.sql("update dossier set result_delivery = ?, sets = ?, receipt_asked = ?, required_components = ? where id = ?")
			.params(resultDelivery, sets, receiptAsked, components, dossierId)
			.update();
		for (HandedDocument h : handedIn) {
			this.jdbc.sql("insert into dossier_handed_document (dossier_id, position, name, originals, copies)"
					+ " values (?, ?, ?, ?, ?)")
				.params(dossierId, h.position(), h.name(), h.originals(), h.copies())
				.update();
		}
	}

	/** @return the documents handed in at the counter, in order; empty when none were recorded. */
	public List<HandedDocument> handedIn(UUID dossierId) {
		return this.jdbc.sql("select position, name, originals, copies from dossier_handed_document"
				+ " where dossier_id = ? order by position")
			.param(dossierId)
			.query((rs, n) -> new HandedDocument(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	/** @return whether the applicant asked for the receipt (a procedure resolved on the spot). */
	public boolean receiptAsked(UUID dossierId) {
		return this.jdbc.sql("select coalesce(receipt_asked, false) from dossier where id = ?").param(dossierId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** @return how many sets of the dossier were handed in: 1 unless more were recorded. */
	public int sets(UUID dossierId) {
		return this.jdbc.sql("select coalesce(sets, 1) from dossier where id = ?").param(dossierId).query(Integer.class)
			.optional()
			.orElse(1);
	}

	/** @return how the applicant wants the result: {@code DESK}, {@code POST} or {@code ONLINE}. */
	public @Nullable String resultDelivery(UUID dossierId) {
		return this.jdbc.sql("select result_delivery from dossier where id = ?").param(dossierId).query(String.class)
			.optional()
			.orElse(null);
	}

	/** The dossier belongs to a citizen's account («my dossiers»). */
	public void linkToCitizen(UUID dossierId, UUID citizenId) {
		this.jdbc.sql("update dossier set citizen_id = ? where id = ?").params(citizenId, dossierId).update();
	}

}
