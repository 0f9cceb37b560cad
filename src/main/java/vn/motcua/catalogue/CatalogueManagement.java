package vn.motcua.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.catalogue.domain.DefaultProcess;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;
import vn.motcua.shared.TextFolding;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The procedure catalogue: versions by effective date, documents, internal process. */
@Service
@Transactional(readOnly = true)
public class CatalogueManagement {

	private static final String SELECT = """
			select id, code, name, field, level, effective_from, effective_to, time_limit, time_unit, fee_vnd, fee_note,
			       online_level, legal_basis, applicants, competent_agency, result, conditions from catalogue_procedure""";

	/** The roles a step may name (those of {@code vn.motcua.identity.Role} that handle dossiers). */
	private static final String IN_FORCE = " (effective_from <= :date and (effective_to is null or effective_to >= :date))";

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	CatalogueManagement(JdbcClient jdbc, OrganizationManagement organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	/** @return the version of procedure {@code code} in force on {@code date}. */
	public Optional<ProcedureView> procedureOn(String code, LocalDate date) {
		return this.jdbc.sql(SELECT + " where code = :code and" + IN_FORCE)
			.param("code", code)
			.param("date", date)
			.query(this::header)
			.optional()
			.map(this::withDetails);
	}

	/** @return a procedure version by id, whatever its dates. */
	public Optional<ProcedureView> procedure(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::header).optional().map(this::withDetails);
	}

	/**
	 * @param query folded match on code and name; blank for all.
	 * @return the versions in force on {@code date}, without documents and steps, by field and name.
	 */
	public List<ProcedureView> search(@Nullable String query, LocalDate date) {
		String folded = query == null ? "" : TextFolding.fold(query);
		return this.jdbc.sql(SELECT + " where" + IN_FORCE + " order by field, name")
			.param("date", date)
			.query(this::header)
			.stream()
			.filter(p -> folded.isEmpty() || TextFolding.fold(p.code() + " " + p.name()).contains(folded))
			.toList();
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
		String folded = query == null ? "" : TextFolding.fold(query);
		StringBuilder sql = new StringBuilder(SELECT).append(" where").append(IN_FORCE);
		if (!folded.isEmpty()) {
			sql.append(" and (unaccent(lower(code || ' ' || name || ' ' || field)) like :pattern")
				.append(" or word_similarity(:q, unaccent(lower(name))) >= 0.5)");
		}
		if (field != null) {
			sql.append(" and field = :field");
		}
		if (level != null) {
			sql.append(" and level = :level");
		}
		sql.append(folded.isEmpty() ? " order by field, name"
				: " order by (unaccent(lower(code || ' ' || name || ' ' || field)) like :pattern) desc,"
						+ " similarity(:q, unaccent(lower(name))) desc, name");
		sql.append(" limit :limit");
		var statement = this.jdbc.sql(sql.toString()).param("date", date).param("limit", limit);
		if (!folded.isEmpty()) {
			statement = statement.param("q", folded).param("pattern", "%" + folded.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%");
		}
		if (field != null) {
			statement = statement.param("field", field);
		}
		if (level != null) {
			statement = statement.param("level", level.name());
		}
		return statement.query(this::header).list();
	}

	/** @return the fields of the procedures in force on {@code date}, by name. */
	public List<String> fields(LocalDate date) {
		return this.jdbc.sql("select distinct field from catalogue_procedure where" + IN_FORCE + " order by field")
			.param("date", date)
			.query(String.class)
			.list();
	}

	/**
	 * Records a procedure version; without steps it gets the default internal process.
	 * @throws DomainException {@code procedure-version-overlaps} when another version of the code
	 * is in force on one of its days.
	 */
	@Transactional
	public ProcedureView register(ProcedureDraft draft) {
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into catalogue_procedure (id, code, name, field, level, effective_from, effective_to, time_limit,
					  time_unit, fee_vnd, fee_note, online_level, legal_basis, applicants, competent_agency, result, conditions,
					  version)
					values (:id, :code, :name, :field, :level, :from, :to, :limit, :unit, :fee, :feeNote, :online, :legal,
					  :applicants, :agency, :result, :conditions, 0)""")
				.param("id", id)
				.param("code", draft.code())
				.param("name", draft.name())
				.param("field", draft.field())
				.param("level", draft.level().name())
				.param("from", draft.effectiveFrom())
				.param("to", draft.effectiveTo())
				.param("limit", draft.timeLimit())
				.param("unit", draft.timeUnit().name())
				.param("fee", draft.feeVnd())
				.param("feeNote", draft.feeNote())
				.param("online", draft.onlineLevel().name())
				.param("legal", draft.legalBasis())
				.param("applicants", draft.particulars().applicants())
				.param("agency", draft.particulars().competentAgency())
				.param("result", draft.particulars().result())
				.param("conditions", draft.particulars().conditions())
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
		insertSteps(id, null, draft.steps().isEmpty()
				? DefaultProcess.forProcedure(draft.level(), draft.timeLimit(), draft.timeUnit()) : draft.steps());
		return procedure(id).orElseThrow();
	}

	/**
	 * Records a new version of a procedure from {@code draft.effectiveFrom()}: the version in force
	 * before ends the day before. Keeps the previous version's own processes out of it: the new one
	 * starts with the default process (or the draft's steps).
	 * @throws DomainException {@code forbidden} for a non-administrator,
	 * {@code procedure-version-overlaps} when a later version exists already.
	 */
	@Transactional
	public ProcedureView newVersion(ProcedureDraft draft, Actor actor) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		this.jdbc.sql("""
				update catalogue_procedure set effective_to = :until, version = version + 1
				where code = :code and effective_from < :from and (effective_to is null or effective_to >= :from)""")
			.param("until", draft.effectiveFrom().minusDays(1))
			.param("code", draft.code())
			.param("from", draft.effectiveFrom())
			.update();
		return register(draft);
	}

	/** @return every version of a procedure code, newest first; never {@literal null}. */
	public List<ProcedureView> versions(String code) {
		return this.jdbc.sql(SELECT + " where code = :code order by effective_from desc")
			.param("code", code)
			.query(this::header)
			.list();
	}

	/**
	 * @return the internal process {@code agencyId} follows for the procedure version: its own when
	 * it has one, else the procedure's default; never {@literal null}.
	 */
	public List<ProcessStep> processFor(UUID procedureId, UUID agencyId) {
		List<ProcessStep> own = steps(procedureId, agencyId);
		return own.isEmpty() ? steps(procedureId, null) : own;
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
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		AgencyView agency = agency(agencyCode);
		if (!this.organization.scopeOf(actor).contains(agency.unitId())) {
			throw new DomainException(Kind.FORBIDDEN, "out-of-scope");
		}
		UUID agencyId = agency.id();
		for (int i = 0; i < steps.size(); i++) {
			ProcessStep step = steps.get(i);
			if (step.position() != i + 1 || step.shareHours() <= 0 || step.name().isBlank()
					|| !Role.holdsSteps(step.role()) || (step.actingAgencyCode() != null
							&& this.organization.latestAgencyWithCode(step.actingAgencyCode()).isEmpty())) {
				throw new DomainException(Kind.INVALID, "process-invalid", i + 1);
			}
		}
		this.jdbc.sql("delete from catalogue_process_step where procedure_id = :p and agency_id = :a")
			.param("p", procedureId)
			.param("a", agencyId)
			.update();
		insertSteps(procedureId, agencyId, steps);
		return processFor(procedureId, agencyId);
	}

	/** @return the process the agency with that identifier follows for the procedure version. */
	public List<ProcessStep> processFor(UUID procedureId, String agencyCode) {
		return processFor(procedureId, agency(agencyCode).id());
	}

	/**
	 * @param date {@literal null} for today.
	 * @throws DomainException {@code procedure-not-found} when no version is in force then.
	 */
	public ProcedureView require(String code, LocalDate date) {
		return procedureOn(code, date)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "procedure-not-found", code));
	}

	private AgencyView agency(String code) {
		return this.organization.latestAgencyWithCode(code.strip())
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", code));
	}

	private List<ProcessStep> steps(UUID procedureId, @Nullable UUID agencyId) {
		return this.jdbc.sql("select position, name, role, share_hours, inter_agency, acting_agency_code from catalogue_process_step"
				+ " where procedure_id = :id and agency_id " + (agencyId == null ? "is null" : "= :agency")
				+ " order by position")
			.param("id", procedureId)
			.param("agency", agencyId)
			.query((rs, n) -> new ProcessStep(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
					rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	private void insertSteps(UUID procedureId, @Nullable UUID agencyId, List<ProcessStep> steps) {
		for (ProcessStep s : steps) {
			this.jdbc.sql("""
					insert into catalogue_process_step (procedure_id, agency_id, position, name, role, share_hours, inter_agency,
					  acting_agency_code) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(procedureId, agencyId, s.position(), s.name().strip(), s.role(), BigDecimal.valueOf(s.shareHours()),
						s.actingAgencyCode() != null, s.actingAgencyCode())
				.update();
		}
	}

	private ProcedureView header(ResultSet rs, int row) throws SQLException {
		return new ProcedureView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getString("field"), ProcedureLevel.valueOf(rs.getString("level")),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				rs.getInt("time_limit"), TimeLimitUnit.valueOf(rs.getString("time_unit")), rs.getLong("fee_vnd"),
				rs.getString("fee_note"), OnlineLevel.valueOf(rs.getString("online_level")), rs.getString("legal_basis"),
				List.of(), List.of(), new ProcedureView.Particulars(rs.getString("applicants"), rs.getString("competent_agency"),
						rs.getString("result"), rs.getString("conditions")));
	}

	private ProcedureView withDetails(ProcedureView p) {
		List<RequiredDocument> documents = this.jdbc.sql("""
				select position, name, originals, certified_copies, photocopies from catalogue_required_document
				where procedure_id = :id order by position""")
			.param("id", p.id())
			.query(RequiredDocument.class)
			.list();
		List<ProcessStep> steps = steps(p.id(), null);
		return new ProcedureView(p.id(), p.code(), p.name(), p.field(), p.level(), p.effectiveFrom(), p.effectiveTo(),
				p.timeLimit(), p.timeUnit(), p.feeVnd(), p.feeNote(), p.onlineLevel(), p.legalBasis(), documents, steps,
				p.particulars());
	}

}
