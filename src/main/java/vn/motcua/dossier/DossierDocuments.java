package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.forms.DossierForms;
import vn.motcua.dossier.forms.LogBook;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal forms of a dossier (01–05) and the log book of a unit (06), for officials of its
 * scope. Forms are always in Vietnamese, as they are issued.
 */
@Service
@Transactional(readOnly = true)
public class DossierDocuments {

	/** Longest period of a log book, so one request cannot print years of dossiers. */
	private static final int MAX_LOG_BOOK_DAYS = 366;

	private final DossierManagement dossiers;

	private final DossierRepository repository;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final DossierForms forms;

	private final ZoneId zone;

	DossierDocuments(DossierManagement dossiers, DossierRepository repository, CatalogueManagement catalogue,
			OrganizationManagement organization, JdbcClient jdbc, MessageSource messages, Clock clock,
			@Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		this.dossiers = dossiers;
		this.repository = repository;
		this.catalogue = catalogue;
		this.organization = organization;
		this.jdbc = jdbc;
		this.messages = messages;
		this.zone = clock.getZone();
		this.forms = new DossierForms(publicUrl,
				action -> messages.getMessage("DossierAction." + action.name(), null, action.name(), Vietnam.LOCALE));
	}

	/**
	 * @param form {@code 01} receipt, {@code 02} supplement request, {@code 03} refusal,
	 * {@code 04} apology, {@code 05} process control sheet.
	 * @throws DomainException {@code dossier-not-found}, {@code form-not-found},
	 * {@code form-not-applicable}.
	 */
	public byte[] form(String code, String form, Actor actor) {
		DossierView dossier = this.dossiers.get(code, actor);
		String agency = this.organization.latestAgencyWithCode(dossier.agencyCode())
			.map(AgencyView::name)
			.orElse(dossier.agencyCode());
		return switch (form) {
			case "01" -> {
				var stored = this.repository.findByCode(code).orElseThrow();
				ProcedureView procedure = this.catalogue.procedure(stored.intake().procedureId()).orElseThrow();
				yield this.forms.receipt(dossier, procedure, agency, stored.intake().lookupSecret());
			}
			case "02" -> this.forms.supplementRequest(dossier, agency);
			case "03" -> this.forms.refusal(dossier, agency);
			case "04" -> this.forms.apology(dossier, agency);
			case "05" -> this.forms.controlSheet(dossier, agency);
			default -> throw new DomainException(Kind.NOT_FOUND, "form-not-found", form);
		};
	}

	/** @return form 06 for the dossiers received in [{@code from}, {@code to}] at {@code unitId} and below. */
	public byte[] logBook(UUID unitId, LocalDate from, LocalDate to, boolean excel, Actor actor) {
		if (to.isBefore(from) || from.plusDays(MAX_LOG_BOOK_DAYS).isBefore(to)) {
			throw new DomainException(Kind.INVALID, "range-too-long", MAX_LOG_BOOK_DAYS);
		}
		UnitScope scope = this.organization.scopeOf(actor);
		if (!scope.contains(unitId)) {
			throw new DomainException(Kind.NOT_FOUND, "unit-not-found", unitId);
		}
		String unitName = this.organization.unit(unitId).map(u -> u.name()).orElse("");
		List<LogBook.Entry> entries = entries(List.copyOf(this.organization.unitAndBelow(unitId)), from, to);
		return excel ? LogBook.xlsx(unitName, from, to, entries) : LogBook.pdf(unitName, from, to, entries);
	}

	private List<LogBook.Entry> entries(List<UUID> units, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("units", units);
		params.put("from", Timestamp.from(from.atStartOfDay(this.zone).toInstant()));
		params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(this.zone).toInstant()));
		return this.jdbc.sql("""
				select code, procedure_name, applicant_name, coalesce(applicant_address, '') || ' ' || coalesce(applicant_phone, ''),
				       received_at, coalesce(rescheduled_due_at, due_at), resolved_at,
				       case when status = 'RESULT_RETURNED' then closed_at end, status
				from dossier where unit_id in (:units) and received_at >= :from and received_at < :to
				order by received_at, code""")
			.params(params)
			.query((rs, n) -> new LogBook.Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4).strip(),
					at(rs.getTimestamp(5)), at(rs.getTimestamp(6)), at(rs.getTimestamp(7)), at(rs.getTimestamp(8)),
					this.messages.getMessage("DossierStatus." + rs.getString(9), null, rs.getString(9), Vietnam.LOCALE)))
			.list();
	}

	private @Nullable OffsetDateTime at(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant().atZone(this.zone).toOffsetDateTime();
	}

}
