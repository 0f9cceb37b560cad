package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.catalogue.procedures.ProcedureRepository;
import vn.motcua.catalogue.process.ProcessTemplates;
import vn.motcua.catalogue.search.ProcedureSearch;
import vn.motcua.catalogue.versions.ProcedureVersions;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure catalogue as other modules use it: versions by effective date with their
 * documents and internal process, the search, and each agency's process. Publishes no events.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueManagement {

	private final ProcedureRepository procedures;

	private final ProcedureSearch search;

	private final ProcessTemplates processes;

	private final ProcedureVersions versions;

	CatalogueManagement(ProcedureRepository procedures, ProcedureSearch search, ProcessTemplates processes,
			ProcedureVersions versions) {
		this.procedures = procedures;
		this.search = search;
		this.processes = processes;
		this.versions = versions;
	}

	/**
	 * @param code must not be {@literal null}.
	 * @return the version of procedure {@code code} in force on {@code date}, with its documents and
	 * default process.
	 */
	public Optional<ProcedureView> procedureOn(String code, LocalDate date) {
		return this.procedures.procedureOn(code, date);
	}

	/** @return a procedure version by id, whatever its dates, with its documents and default process. */
	public Optional<ProcedureView> procedure(UUID id) {
		return this.procedures.procedure(id);
	}

	/**
	 * The procedures a desk can receive: those whose version in force has a time limit
	 * ({@link ProcedureView#receivable()}); the catalogue also holds versions whose published time
	 * limit could not be verified, which the public and back-office pages show but no dossier uses.
	 * @param query folded match on code and name; blank for all.
	 * @return the receivable versions in force on {@code date}, without documents and steps, by field
	 * and name.
	 */
	public List<ProcedureView> search(@Nullable String query, LocalDate date) {
		return this.search.search(query, date).stream().filter(ProcedureView::receivable).toList();
	}

	/**
	 * The public search (tra cứu thủ tục): the words typed, with or without diacritics, found in
	 * the code, name or field; a name that is close enough (a typo or two) still matches, ranked
	 * after the exact matches; among equals, the name closest to the words as a whole comes first.
	 * @param query blank for all.
	 * @param field an exact field name, or {@literal null} for all.
	 * @param level a level, or {@literal null} for all.
	 * @return at most {@code limit} versions in force on {@code date}, without documents and steps.
	 */
	public List<ProcedureView> find(@Nullable String query, @Nullable String field, @Nullable ProcedureLevel level,
			LocalDate date, int limit) {
		return this.search.find(query, field, level, date, limit);
	}

	/** @return the fields of the procedures in force on {@code date}, by name; never {@literal null}. */
	public List<String> fields(LocalDate date) {
		return this.search.fields(date);
	}

	/**
	 * Records a procedure version; without steps it gets the default internal process.
	 * @return the version recorded, never {@literal null}.
	 * @throws DomainException {@code procedure-version-overlaps} when another version of the code
	 * is in force on one of its days.
	 */
	@Transactional
	public ProcedureView register(ProcedureDraft draft) {
		return this.versions.register(draft);
	}

	/**
	 * Records a new version of a procedure from {@code draft.effectiveFrom()}: the version in force
	 * before ends the day before. Keeps the previous version's own processes out of it: the new one
	 * starts with the default process (or the draft's steps).
	 * @return the version recorded, never {@literal null}.
	 * @throws DomainException {@code forbidden} for a non-administrator,
	 * {@code procedure-version-overlaps} when a later version exists already.
	 */
	@Transactional
	public ProcedureView newVersion(ProcedureDraft draft, Actor actor) {
		return this.versions.newVersion(draft, actor);
	}

	/** @return every version of a procedure code, newest first; never {@literal null}. */
	public List<ProcedureView> versions(String code) {
		return this.procedures.versions(code);
	}

	/**
	 * @return the internal process {@code agencyId} follows for the procedure version: its own when
	 * it has one, else the procedure's default; never {@literal null}.
	 */
	public List<ProcessStep> processFor(UUID procedureId, UUID agencyId) {
		return this.processes.processFor(procedureId, agencyId);
	}

	/**
	 * Gives an agency of the administrator's scope its own internal process for a procedure version
	 * (an empty list returns it to the default).
	 * @return the process the agency now follows.
	 * @throws DomainException {@code process-invalid} unless positions run 1, 2, 3 … with positive
	 * shares, known roles and known acting agencies; {@code forbidden} for a non-administrator,
	 * {@code out-of-scope}, {@code agency-not-found}.
	 */
	@Transactional
	public List<ProcessStep> defineProcess(UUID procedureId, String agencyCode, List<ProcessStep> steps, Actor actor) {
		return this.processes.defineProcess(procedureId, agencyCode, steps, actor);
	}

	/**
	 * @return the process the agency with that identifier follows for the procedure version.
	 * @throws DomainException {@code agency-not-found}.
	 */
	public List<ProcessStep> processFor(UUID procedureId, String agencyCode) {
		return this.processes.processFor(procedureId, agencyCode);
	}

	/**
	 * @param date the day the version must be in force.
	 * @return the version in force then, never {@literal null}.
	 * @throws DomainException {@code procedure-not-found} when no version is in force then.
	 */
	public ProcedureView require(String code, LocalDate date) {
		return this.procedures.require(code, date);
	}

}
