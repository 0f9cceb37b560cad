package vn.motcua.portal;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Uploads.Stored;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback and petitions register (Decree 20/2008): receipt with a register number, the
 * 5-working-day forwarding deadline, classification and routing to the competent unit with the
 * answer deadline, forwarding out of competence, the answer, and its publication with the
 * submitter's consent. Deadlines come from the calendar of the unit concerned.
 */
@Service
@Transactional
public class FeedbackRegister {

	/** Working days to forward a feedback outside the unit's competence. */
	static final int FORWARD_DAYS = 5;

	/** Working days to answer within the unit's own competence, and when others are consulted. */
	static final int ANSWER_DAYS = 5;

	static final int ANSWER_DAYS_INTER_AGENCY = 7;

	/** Files a feedback may carry. */
	public static final int MAX_FILES = 5;

	private static final Set<Role> HANDLERS = Set.of(Role.ADMIN, Role.LEADER, Role.HEAD_OF_UNIT, Role.COMMUNE_OFFICER,
			Role.PAR_COMMITTEE);

	private static final String SELECT = "select * from portal_feedback";

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	private final Uploads uploads;

	private final Clock clock;

	private final ZoneId zone;

	FeedbackRegister(JdbcClient jdbc, OrganizationManagement organization, CalendarManagement calendar, Uploads uploads,
			Clock clock) {
		this.uploads = uploads;
		this.jdbc = jdbc;
		this.organization = organization;
		this.calendar = calendar;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	/** A file sent with a feedback. */
	public record Attachment(String fileName, long size, InputStream content) {
	}

	/** A file of a feedback, as listed. */
	public record AttachmentLine(UUID id, String fileName, long size) {
	}

	/**
	 * Registers a feedback from the public, with up to {@link #MAX_FILES} files.
	 * @throws DomainException {@code unit-not-found} for an unknown unit code, {@code too-many-files},
	 * {@code attachment-type}, {@code attachment-too-large}.
	 */
	public FeedbackView submit(FeedbackRequest request, Channel channel, List<Attachment> files) {
		if (files.size() > MAX_FILES) {
			throw new DomainException(Kind.INVALID, "too-many-files", MAX_FILES);
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		UnitView unit = request.getUnitCode().isBlank() ? rootUnit(today)
				: this.organization.unitOn(request.getUnitCode().strip(), today)
					.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", request.getUnitCode()));
		int year = today.getYear();
		int number = this.jdbc.sql("""
				insert into portal_feedback_sequence (year, last_value) values (:year, 1)
				on conflict (year) do update set last_value = portal_feedback_sequence.last_value + 1
				returning last_value""")
			.param("year", year)
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into portal_feedback (id, register_no, received_at, channel, submitter_name, submitter_address,
				  submitter_phone, submitter_email, subject, content, publish_consent, unit_id, status, forward_due_at, version)
				values (:id, :no, :at, :channel, :name, :address, :phone, :email, :subject, :content, :consent, :unit,
				  'RECEIVED', :forwardDue, 0)""")
			.param("id", id)
			.param("no", "PAKN-%d-%05d".formatted(year, number))
			.param("at", Timestamp.from(now))
			.param("channel", channel.name())
			.param("name", request.getName().strip())
			.param("address", request.getAddress().strip())
			.param("phone", request.getPhone().strip())
			.param("email", Texts.blankToNull(request.getEmail()))
			.param("subject", request.getSubject().strip())
			.param("content", request.getContent().strip())
			.param("consent", request.isPublishConsent())
			.param("unit", unit.id())
			.param("forwardDue", Timestamp.from(due(now, FORWARD_DAYS, unit.id())))
			.update();
		for (Attachment file : files) {
			Stored stored = this.uploads.store(file.fileName(), file.size(), file.content());
			this.jdbc.sql("""
					insert into portal_feedback_attachment (id, feedback_id, file_name, content_type, size_bytes, sha256,
					  storage_path) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), id, stored.fileName(), stored.contentType(), stored.size(), stored.sha256(),
						stored.path())
				.update();
		}
		return load(id);
	}

	/**
	 * Classifies a feedback and gives it to the competent unit (inside the official's scope),
	 * which must answer within 5 working days of receipt, 7 when other agencies are consulted.
	 * @throws DomainException {@code feedback-not-found}, {@code forbidden}, {@code unit-not-found},
	 * {@code feedback-closed}.
	 */
	public FeedbackView classify(UUID id, FeedbackCategory category, @Nullable String unitCode, boolean interAgency,
			Actor actor) {
		FeedbackView feedback = handled(id, actor);
		UUID unitId = feedback.unitId();
		if (unitCode != null && !unitCode.isBlank()) {
			unitId = this.organization.unitOn(unitCode.strip(), LocalDate.now(this.clock))
				.filter(u -> this.organization.scopeOf(actor).contains(u.id()))
				.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", unitCode))
				.id();
		}
		Instant due = due(feedback.receivedAt().toInstant(), interAgency ? ANSWER_DAYS_INTER_AGENCY : ANSWER_DAYS,
				unitId);
		change(feedback, """
				update portal_feedback set status = 'IN_HANDLING', category = ?, unit_id = ?, inter_agency = ?,
				  answer_due_at = ?, version = version + 1 where id = ? and version = ?""", category.name(), unitId,
				interAgency, Timestamp.from(due));
		return load(id);
	}

	/**
	 * Records that a feedback outside the competence was forwarded to the competent agency.
	 * @throws DomainException as {@link #classify}; {@code invalid-note} without the agency.
	 */
	public FeedbackView forward(UUID id, String forwardedTo, Actor actor) {
		FeedbackView feedback = handled(id, actor);
		if (forwardedTo.isBlank()) {
			throw new DomainException(Kind.INVALID, "forwarded-to-required");
		}
		change(feedback, """
				update portal_feedback set status = 'FORWARDED', forwarded_to = ?, version = version + 1
				where id = ? and version = ?""", forwardedTo.strip());
		return load(id);
	}

	/**
	 * Answers a feedback; the answer is published on the portal when asked and the submitter
	 * consented.
	 * @throws DomainException as {@link #classify}; {@code answer-required}.
	 */
	public FeedbackView answer(UUID id, String answer, boolean publish, Actor actor) {
		FeedbackView feedback = handled(id, actor);
		if (answer.isBlank()) {
			throw new DomainException(Kind.INVALID, "answer-required");
		}
		change(feedback, """
				update portal_feedback set status = 'ANSWERED', answer = ?, answered_at = ?, answered_by = ?,
				  published = ?, version = version + 1 where id = ? and version = ?""", answer.strip(),
				Timestamp.from(this.clock.instant()), actor.username(), publish && feedback.publishConsent());
		return load(id);
	}

	/** @return the register of the official's units, newest first, optionally of one status. */
	@Transactional(readOnly = true)
	public List<FeedbackView> register(Actor actor, @Nullable FeedbackStatus status) {
		UnitScope scope = this.organization.scopeOf(actor);
		var statement = this.jdbc.sql(SELECT + " where " + scope.sqlCondition("unit_id")
				+ " and (cast(:status as varchar) is null or status = :status) order by received_at desc")
			.param("scope", scope.sqlUnits())
			.param("status", status == null ? null : status.name());
		Map<UUID, String> unitNames = new HashMap<>();
		return statement.query((rs, n) -> view(rs, unitNames)).list();
	}

	/**
	 * @return the feedback past its deadline at {@code now} and still open — not routed within
	 * its 5 working days, or not answered in time — oldest first.
	 */
	@Transactional(readOnly = true)
	List<FeedbackView> overdue(Instant now) {
		Map<UUID, String> unitNames = new HashMap<>();
		return this.jdbc.sql(SELECT + " where (status = 'RECEIVED' and forward_due_at < :now)"
				+ " or (status = 'IN_HANDLING' and answer_due_at < :now) order by received_at")
			.param("now", Timestamp.from(now))
			.query((rs, n) -> view(rs, unitNames))
			.list();
	}

	/** @throws DomainException {@code feedback-not-found}, also outside the official's scope. */
	@Transactional(readOnly = true)
	public FeedbackView get(UUID id, Actor actor) {
		FeedbackView feedback = load(id);
		if (!this.organization.scopeOf(actor).contains(feedback.unitId())) {
			throw new DomainException(Kind.NOT_FOUND, "feedback-not-found", id);
		}
		return feedback;
	}

	/** @return the files sent with a feedback of the official's scope. */
	@Transactional(readOnly = true)
	public List<AttachmentLine> attachments(UUID id, Actor actor) {
		get(id, actor);
		return this.jdbc.sql("select id, file_name, size_bytes as size from portal_feedback_attachment where feedback_id = ? order by file_name")
			.param(id)
			.query(AttachmentLine.class)
			.list();
	}

	/**
	 * @return a file of a feedback of the official's scope, its bytes checked against their SHA-256.
	 * @throws DomainException {@code attachment-not-found}, {@code attachment-corrupted}.
	 */
	@Transactional(readOnly = true)
	public Uploads.File file(UUID id, UUID fileId, Actor actor) {
		get(id, actor);
		return this.jdbc.sql("""
				select file_name, content_type, storage_path, sha256 from portal_feedback_attachment
				where id = ? and feedback_id = ?""")
			.params(fileId, id)
			.query((rs, n) -> this.uploads.file(rs))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", fileId));
	}

	/** @return the published answers, newest first. */
	@Transactional(readOnly = true)
	public List<FeedbackView.Published> published(int limit) {
		Map<UUID, String> unitNames = new HashMap<>();
		return this.jdbc.sql(SELECT + " where published order by answered_at desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> view(rs, unitNames))
			.stream()
			.map(f -> new FeedbackView.Published(f.registerNo(), f.receivedAt(), f.subject(), f.content(), f.unitName(),
					Objects.requireNonNull(f.answer()), Objects.requireNonNull(f.answeredAt())))
			.toList();
	}

	private FeedbackView handled(UUID id, Actor actor) {
		FeedbackView feedback = get(id, actor);
		if (HANDLERS.stream().noneMatch(actor::hasRole)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		if (feedback.status() == FeedbackStatus.ANSWERED || feedback.status() == FeedbackStatus.FORWARDED) {
			throw new DomainException(Kind.CONFLICT, "feedback-closed", feedback.registerNo());
		}
		return feedback;
	}

	/** Runs an update whose last two parameters are the id and the version read. */
	private void change(FeedbackView feedback, String sql, Object... params) {
		Object[] all = new Object[params.length + 2];
		System.arraycopy(params, 0, all, 0, params.length);
		all[params.length] = feedback.id();
		all[params.length + 1] = feedback.version();
		if (this.jdbc.sql(sql).params(all).update() == 0) {
			throw new DomainException(Kind.CONFLICT, "stale-version");
		}
	}

	private FeedbackView load(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs, new HashMap<>()))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "feedback-not-found", id));
	}

	/**
	 * Working days counted from the day after receipt (Civil Code). Counted as received at the
	 * counter whatever the channel: the last-hour rule of online dossiers is not in Decree 20/2008.
	 */
	private Instant due(Instant from, int workingDays, UUID unitId) {
		return Objects.requireNonNull(this.calendar
			.deadline(from, workingDays, TimeLimitUnit.WORKING_DAYS, Channel.DIRECT, unitId, List.of())
			.dueAt()).toInstant();
	}

	/** The unit at the top of the deployment's hierarchy, which receives unrouted feedback. */
	private UnitView rootUnit(LocalDate today) {
		return this.organization.topUnitOn(today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", ""));
	}

	/** @param unitNames the names of the units met so far, so that a list asks for each unit once. */
	private FeedbackView view(ResultSet rs, Map<UUID, String> unitNames) throws SQLException {
		UUID unitId = rs.getObject("unit_id", UUID.class);
		String category = rs.getString("category");
		OffsetDateTime answerDue = SqlTimes.at(rs, "answer_due_at", this.zone);
		OffsetDateTime forwardDue = Objects.requireNonNull(SqlTimes.at(rs, "forward_due_at", this.zone));
		FeedbackStatus status = FeedbackStatus.valueOf(rs.getString("status"));
		Instant now = this.clock.instant();
		boolean overdue = switch (status) {
			case RECEIVED -> now.isAfter(forwardDue.toInstant());
			case IN_HANDLING -> answerDue != null && now.isAfter(answerDue.toInstant());
			case FORWARDED, ANSWERED -> false;
		};
		return new FeedbackView(rs.getObject("id", UUID.class), rs.getString("register_no"),
				Objects.requireNonNull(SqlTimes.at(rs, "received_at", this.zone)), rs.getString("channel"), rs.getString("submitter_name"),
				rs.getString("submitter_address"), rs.getString("submitter_phone"), rs.getString("submitter_email"),
				rs.getString("subject"), rs.getString("content"), rs.getBoolean("publish_consent"), unitId,
				unitNames.computeIfAbsent(unitId, id -> this.organization.unit(id).map(UnitView::name).orElse("")), status,
				category == null ? null : FeedbackCategory.valueOf(category), rs.getBoolean("inter_agency"), forwardDue,
				answerDue, rs.getString("forwarded_to"), rs.getString("answer"), SqlTimes.at(rs, "answered_at", this.zone),
				rs.getBoolean("published"), overdue, rs.getLong("version"));
	}

}
