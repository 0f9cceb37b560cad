package vn.motcua.connect.national;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierTurnedAway;
import vn.motcua.dossier.NationalFilings;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes what the national portal must learn into {@code connect_national_outbox}, in the dossier's
 * own transaction (the events are published inside it and heard just before it commits, in the order
 * they were published, when a submission already names the dossier it became): a reception, a
 * dossier turned away at the desk (status 3) or a status change is either committed with its message
 * or not at all. Nothing is written while the
 * connection is off.
 */
@Component
class NationalOutbox {

	private final NationalPortalSettings settings;

	private final OrganizationManagement organization;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NationalFilings filings;

	NationalOutbox(NationalPortalSettings settings, OrganizationManagement organization, JdbcClient jdbc,
			JsonMapper json, NationalFilings filings) {
		this.filings = filings;
		this.settings = settings;
		this.organization = organization;
		this.jdbc = jdbc;
		this.json = json;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void received(DossierReceived e) {
		if (this.settings.enabled()) {
			write(e.dossierId(), e.code(), e.unitId(),
					NationalMapping.received(e, agencyCode(e.agencyId()), nationalCode(e.code(), e.channel())),
					e.receivedAt());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void changed(DossierStatusChanged e) {
		if (this.settings.enabled() && e.from() != e.to()) {
			UUID agency = this.jdbc.sql("select agency_id from dossier_fact where id = ?")
				.param(e.dossierId())
				.query(UUID.class)
				.single();
			write(e.dossierId(), e.code(), e.unitId(),
					NationalMapping.changed(e, agencyCode(agency), nationalCode(e.code(), e.channel())), e.at());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void turnedAway(DossierTurnedAway e) {
		if (this.settings.enabled()) {
			write(e.dossierId(), e.code(), e.unitId(),
					NationalMapping.turnedAway(e, agencyCode(e.agencyId()), nationalCode(e.code(), e.channel())),
					e.at());
		}
	}

	/** @return the portal's code of a dossier filed there (an online one); a counter's is not looked for. */
	private @Nullable String nationalCode(String dossierCode, Channel channel) {
		return channel == Channel.ONLINE ? this.filings.nationalCodeOf(dossierCode).orElse(null) : null;
	}

	private String agencyCode(UUID agencyId) {
		return this.organization.agency(agencyId).map(AgencyView::code).orElse(agencyId.toString());
	}

	private void write(UUID dossierId, String code, UUID unitId, Map<String, Object> message, Instant at) {
		this.jdbc.sql("""
				insert into connect_national_outbox (dossier_id, dossier_code, unit_id, idempotency_key, payload, created_at)
				values (?, ?, ?, ?, ?::jsonb, ?)""")
			.params(dossierId, code, unitId, UUID.randomUUID(), this.json.writeValueAsString(message), Timestamp.from(at))
			.update();
	}

}
