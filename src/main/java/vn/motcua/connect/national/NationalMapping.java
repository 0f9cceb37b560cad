package vn.motcua.connect.national;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierTurnedAway;

/**
 * The one place that knows the national portal's synchronisation message. Its published fields are
 * the dossier code, the status as the portal numbers it (1–10, {@link DossierStatus#nationalCode()},
 * RULES.md §2), the moments and the agency's identifier (mã định danh, Decision 20/2020/QĐ-TTg); the
 * portal's full schema is given to provinces on connection, not published, so the names here are
 * ours and change only here.
 */
final class NationalMapping {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private NationalMapping() {
	}

	/** @param nationalCode the portal's own code of a dossier filed there. */
	static Map<String, Object> received(DossierReceived e, String agencyCode, @Nullable String nationalCode) {
		return message(e.code(), nationalCode, e.procedureCode(), agencyCode, DossierStatus.RECEIVED, "RECEIVE",
				e.receivedAt(), e.receivedAt(), e.dueAt(), e.channel().name());
	}

	static Map<String, Object> changed(DossierStatusChanged e, String agencyCode, @Nullable String nationalCode) {
		return message(e.code(), nationalCode, e.procedureCode(), agencyCode, e.to(), e.action().name(), e.at(),
				e.receivedAt(), e.dueAt(), e.channel().name());
	}

	static Map<String, Object> turnedAway(DossierTurnedAway e, String agencyCode, @Nullable String nationalCode) {
		return message(e.code(), nationalCode, e.procedureCode(), agencyCode, DossierStatus.NOT_RECEIVED,
				e.refused() ? "REFUSE" : "INCOMPLETE", e.at(), e.at(), null, e.channel().name());
	}

	private static Map<String, Object> message(String code, @Nullable String nationalCode, String procedureCode,
			String agencyCode, DossierStatus status, String action, Instant at, Instant receivedAt,
			@Nullable Instant dueAt, String channel) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("dossierCode", code);
		m.put("nationalCode", nationalCode);
		m.put("procedureCode", procedureCode);
		m.put("agencyCode", agencyCode);
		m.put("nationalStatus", status.nationalCode());
		m.put("status", status.name());
		m.put("action", action);
		m.put("changedAt", time(at));
		m.put("receivedAt", time(receivedAt));
		m.put("dueAt", dueAt == null ? null : time(dueAt));
		m.put("channel", channel);
		return m;
	}

	private static String time(Instant at) {
		return OffsetDateTime.ofInstant(at, VIETNAM).toString();
	}

}
