package vn.motcua.dossier;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossiers of a citizen's account: their list, the receipt and forms, the files sent for a
 * supplement request, and the satisfaction rating once the result was returned (also open to
 * anyone holding the code and its second factor).
 */
@Service
@Transactional
public class CitizenDossiers {

	private final JdbcClient jdbc;

	private final DossierLookup lookup;

	private final DossierAttachments attachments;

	private final DossierDocuments documents;

	private final Uploads uploads;

	private final Clock clock;

	CitizenDossiers(JdbcClient jdbc, DossierLookup lookup, DossierAttachments attachments, DossierDocuments documents,
			Uploads uploads, Clock clock) {
		this.uploads = uploads;
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.attachments = attachments;
		this.documents = documents;
		this.clock = clock;
	}

	/** A line of «my dossiers». */
	public record Line(String code, String procedureName, DossierStatus status, OffsetDateTime receivedAt,
			@Nullable OffsetDateTime appointment) {
	}

	@Transactional(readOnly = true)
	public List<Line> of(UUID citizenId) {
		return this.jdbc.sql("""
				select code, procedure_name, status, received_at, coalesce(rescheduled_due_at, due_at) as appointment
				from dossier where citizen_id = ? order by received_at desc""")
			.param(citizenId)
			.query((rs, n) -> new Line(rs.getString(1), rs.getString(2), DossierStatus.valueOf(rs.getString(3)),
					Objects.requireNonNull(SqlTimes.at(rs, "received_at", this.clock.getZone())),
					SqlTimes.at(rs, "appointment", this.clock.getZone())))
			.list();
	}

	/** @throws DomainException {@code dossier-not-found}, also for another citizen's dossier. */
	@Transactional(readOnly = true)
	public PublicDossierView get(String code, UUID citizenId) {
		return this.lookup.findOwned(code, citizenId)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "dossier-not-found", code));
	}

	/** @return the files of the citizen's dossier (names only). */
	@Transactional(readOnly = true)
	public List<String> fileNames(String code, UUID citizenId) {
		get(code, citizenId);
		return this.jdbc.sql("""
				select a.file_name from dossier_attachment a join dossier d on d.id = a.dossier_id where d.code = ?
				order by a.uploaded_at, a.file_name""")
			.param(code)
			.query(String.class)
			.list();
	}

	/**
	 * A form of the citizen's dossier (01 the receipt, 02 the supplement request, …).
	 * @throws DomainException as {@link DossierDocuments#form}.
	 */
	@Transactional(readOnly = true)
	public byte[] form(String code, String form, UUID citizenId) {
		get(code, citizenId);
		return this.documents.form(code, form, Actor.system());
	}

	/**
	 * A file the citizen sends on their dossier while a supplement is requested.
	 * @throws DomainException {@code dossier-not-found}, {@code supplement-not-requested},
	 * {@code attachment-type}, {@code attachment-too-large}.
	 */
	public void supplement(String code, UUID citizenId, String contact, String fileName, long size, InputStream content) {
		PublicDossierView dossier = get(code, citizenId);
		if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
			throw new DomainException(Kind.CONFLICT, "supplement-not-requested", code);
		}
		UUID id = this.jdbc.sql("select id from dossier where code = ?").param(code).query(UUID.class).single();
		this.attachments.record(id, this.uploads.store(fileName, size, content), contact);
	}

	/** The citizen rates their returned dossier. */
	public void rate(String code, UUID citizenId, int score, @Nullable String comment) {
		rate(get(code, citizenId), score, comment, "ACCOUNT");
	}

	/**
	 * Anyone holding the code and its second factor rates the returned dossier (the link of the
	 * notification, the lookup page).
	 * @throws DomainException {@code dossier-not-found}, {@code rating-not-open},
	 * {@code rating-invalid}.
	 */
	public void rate(String code, @Nullable String phoneLast4, @Nullable String secret, int score,
			@Nullable String comment) {
		rate(this.lookup.find(code, phoneLast4, secret)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "dossier-not-found", code)), score, comment, "LOOKUP");
	}

	private void rate(PublicDossierView dossier, int score, @Nullable String comment, String channel) {
		if (score < 1 || score > 5) {
			throw new DomainException(Kind.INVALID, "rating-invalid");
		}
		if (!dossier.mayRate()) {
			throw new DomainException(Kind.CONFLICT, "rating-not-open", dossier.code());
		}
		String note = Texts.blankToNull(comment);
		if (note != null && note.length() > 2000) {
			throw new DomainException(Kind.INVALID, "rating-invalid");
		}
		int inserted = this.jdbc.sql("""
				insert into dossier_rating (dossier_id, score, comment, rated_at, channel)
				select id, ?, ?, ?, ? from dossier where code = ? on conflict (dossier_id) do nothing""")
			.params(score, note, Timestamp.from(this.clock.instant()), channel, dossier.code())
			.update();
		if (inserted == 0) {
			throw new DomainException(Kind.CONFLICT, "rating-not-open", dossier.code());
		}
	}

}
