package vn.motcua.dossier.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who at a desk looked at or took a document of a person's data store, and for which dossier: recorded
 * ({@code citizen_document_access}, audited) and listed for the person in «Kho dữ liệu của tôi»
 * (Law 91/2025/QH15 on Personal Data Protection, in force from 1/1/2026, Art. 4.1(a): the data subject
 * is told of the processing of their data; Decree 13/2023/NĐ-CP Art. 9 before it).
 */
@Service
@Transactional
public class StoreAccesses {

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final Clock clock;

	StoreAccesses(JdbcClient jdbc, OrganizationManagement organization, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * A desk's look at, or take of, a document of the store.
	 * @param action {@code VIEWED} or {@code TAKEN}.
	 * @param unitName the official's unit, {@literal null} for a system-wide administrator.
	 */
	public record Access(String documentName, String dossierCode, String action, String official,
			@Nullable String unitName, OffsetDateTime at) {
	}

	void record(UUID storedId, String dossierCode, String action, Actor official) {
		UUID unit = official.unitId();
		this.jdbc.sql("""
				insert into citizen_document_access (id, citizen_document_id, dossier_code, action, official, unit_name, at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), storedId, dossierCode, action, official.displayName(),
					unit == null ? null : this.organization.unit(unit).map(UnitView::name).orElse(null),
					Timestamp.from(this.clock.instant()))
			.update();
	}

	/** @return the desks' looks at and takes of the account's documents, newest first, the last hundred. */
	@Transactional(readOnly = true)
	public List<Access> of(UUID citizenId) {
		return this.jdbc.sql("""
				select c.document_name, x.dossier_code, x.action, x.official, x.unit_name, x.at
				  from citizen_document_access x join citizen_document c on c.id = x.citizen_document_id
				 where c.citizen_id = ? order by x.at desc limit 100""")
			.param(citizenId)
			.query((rs, n) -> new Access(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), Objects.requireNonNull(SqlTimes.at(rs, "at", this.clock.getZone()))))
			.list();
	}

}
