package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.ActionPolicy;
import vn.motcua.dossier.forms.LogBook;
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
 * The registers of dossiers that other modules hand out with their reports: the log book of a
 * unit (form 06), for officials of its scope, in Vietnamese as it is issued.
 */
@Service
@Transactional(readOnly = true)
public class DossierDocuments {

	/** Longest period of a log book, so one request cannot print years of dossiers. */
	private static final int MAX_LOG_BOOK_DAYS = 366;

	private final OrganizationManagement organization;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ZoneId zone;

	private final int maxRows;

	private final int maxPdfRows;

	/**
	 * @param maxRows the most dossiers one log book holds as Excel ({@code motcua.exports.max-rows}),
	 * {@code maxPdfRows} as PDF: a province's year is not built in memory at once (local practice).
	 */
	DossierDocuments(OrganizationManagement organization, JdbcClient jdbc, MessageSource messages, Clock clock,
			@Value("${motcua.exports.max-rows:50000}") int maxRows,
			@Value("${motcua.exports.max-pdf-rows:5000}") int maxPdfRows) {
		this.organization = organization;
		this.jdbc = jdbc;
		this.messages = messages;
		this.zone = clock.getZone();
		this.maxRows = maxRows;
		this.maxPdfRows = maxPdfRows;
	}

	/**
	 * @param unitId the unit whose dossiers (and its sub-units') are listed; must not be {@literal null}.
	 * @param excel an Excel workbook rather than a PDF.
	 * @return form 06 for the dossiers received in [{@code from}, {@code to}] at {@code unitId}
	 * and below; never {@literal null}.
	 * @throws DomainException {@code range-too-long} (over a year, or {@code to} before
	 * {@code from}), {@code unit-not-found} (also outside the actor's scope), {@code export-too-large}
	 * (more dossiers than one file holds: a smaller unit or period).
	 */
	public byte[] logBook(UUID unitId, LocalDate from, LocalDate to, boolean excel, Actor actor) {
		if (to.isBefore(from) || from.plusDays(MAX_LOG_BOOK_DAYS).isBefore(to)) {
			throw new DomainException(Kind.INVALID, "range-too-long", MAX_LOG_BOOK_DAYS);
		}
		ActionPolicy.requireReader(actor);
		UnitScope scope = this.organization.scopeOf(actor);
		if (!scope.contains(unitId)) {
			throw new DomainException(Kind.NOT_FOUND, "unit-not-found", unitId);
		}
		String unitName = this.organization.unit(unitId).map(u -> u.name()).orElse("");
		int limit = excel ? this.maxRows : this.maxPdfRows;
		List<LogBook.Entry> entries = entries(List.copyOf(this.organization.unitAndBelow(unitId)), from, to, limit + 1);
		if (entries.size() > limit) {
			throw new DomainException(Kind.INVALID, "export-too-large", limit);
		}
		return excel ? LogBook.xlsx(unitName, from, to, entries) : LogBook.pdf(unitName, from, to, entries);
	}

	private List<LogBook.Entry> entries(List<UUID> units, LocalDate from, LocalDate to, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("limit", limit);
		params.put("units", units);
		params.put("from", Timestamp.from(from.atStartOfDay(this.zone).toInstant()));
		params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(this.zone).toInstant()));
		return this.jdbc.sql("""
				select code, procedure_name, applicant_name, coalesce(applicant_address, '') || ' ' || coalesce(applicant_phone, ''),
				       received_at, coalesce(rescheduled_due_at, due_at), resolved_at,
				       case when status = 'RESULT_RETURNED' then closed_at end, status
				from dossier where unit_id in (:units) and received_at >= :from and received_at < :to
				order by received_at, code limit :limit""")
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
