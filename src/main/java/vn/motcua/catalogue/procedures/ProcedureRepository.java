package vn.motcua.catalogue.procedures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.motcua.catalogue.procedures.ProcedureRows.IN_FORCE;
import static vn.motcua.catalogue.procedures.ProcedureRows.SELECT;

/**
 * The procedure versions ({@code catalogue_procedure}) with their required documents and default
 * process. A version is read whole: header, documents, steps.
 */
@Repository
public class ProcedureRepository {

	private final JdbcClient jdbc;

	private final ProcessSteps steps;

	ProcedureRepository(JdbcClient jdbc, ProcessSteps steps) {
		this.jdbc = jdbc;
		this.steps = steps;
	}

	/** @return the version of procedure {@code code} in force on {@code date}. */
	public Optional<ProcedureView> procedureOn(String code, LocalDate date) {
		return this.jdbc.sql(SELECT + " where code = :code and" + IN_FORCE)
			.param("code", code)
			.param("date", date)
			.query(ProcedureRows::header)
			.optional()
			.map(this::withDetails);
	}

	/** @return a procedure version by id, whatever its dates. */
	public Optional<ProcedureView> procedure(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(ProcedureRows::header)
			.optional()
			.map(this::withDetails);
	}

	/** @throws DomainException {@code procedure-not-found} when no version is in force then. */
	public ProcedureView require(String code, LocalDate date) {
		return procedureOn(code, date)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "procedure-not-found", code));
	}

	/** @return every version of a procedure code, newest first, without documents and steps. */
	public List<ProcedureView> versions(String code) {
		return this.jdbc.sql(SELECT + " where code = :code order by effective_from desc")
			.param("code", code)
			.query(ProcedureRows::header)
			.list();
	}

	/** @return whether the catalogue has no procedure at all. */
	public boolean isEmpty() {
		return this.jdbc.sql("select count(*) from catalogue_procedure").query(Long.class).single() == 0;
	}

	/**
	 * Records a version and its documents (not its steps).
	 * @return its id.
	 * @throws DomainException {@code procedure-version-overlaps} when another version of the code
	 * is in force on one of its days.
	 */
	public UUID insert(ProcedureDraft draft) {
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into catalogue_procedure (id, code, name, field, level, effective_from, effective_to, time_limit,
					  time_unit, receipt_rules, fee_vnd, fee_note, online_level, legal_basis, applicants, competent_agency, result, conditions,
					  filing_steps, sources, unverified, version)
					values (:id, :code, :name, :field, :level, :from, :to, :limit, :unit, :rules, :fee, :feeNote, :online, :legal,
					  :applicants, :agency, :result, :conditions, :steps, :sources, :unverified, 0)""")
				.params(ProcedureRows.columns(id, draft))
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException(Kind.CONFLICT, "procedure-version-overlaps", draft.code());
		}
		for (RequiredDocument d : draft.documents()) {
			this.jdbc.sql("""
					insert into catalogue_required_document (procedure_id, position, name, originals, certified_copies, photocopies)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, d.position(), d.name(), d.originals(), d.certifiedCopies(), d.photocopies())
				.update();
		}
		return id;
	}

	/** Ends the day before {@code from} the version of {@code code} in force then (or later). */
	public void endBefore(String code, LocalDate from) {
		this.jdbc.sql("""
				update catalogue_procedure set effective_to = :until, version = version + 1
				where code = :code and effective_from < :from and (effective_to is null or effective_to >= :from)""")
			.param("until", from.minusDays(1))
			.param("code", code)
			.param("from", from)
			.update();
	}

	private ProcedureView withDetails(ProcedureView p) {
		List<RequiredDocument> documents = this.jdbc.sql("""
				select position, name, originals, certified_copies as certifiedCopies, photocopies from catalogue_required_document
				where procedure_id = :id order by position""")
			.param("id", p.id())
			.query(RequiredDocument.class)
			.list();
		return new ProcedureView(p.id(), p.code(), p.name(), p.field(), p.level(), p.effectiveFrom(), p.effectiveTo(),
				p.timeLimit(), p.timeUnit(), p.receiptRules(), p.feeVnd(), p.feeNote(), p.onlineLevel(), p.legalBasis(), documents,
				this.steps.of(p.id(), null), p.particulars());
	}

}
