package vn.motcua.portal.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.organization.UnitScope;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.portal.domain.FeedbackCategory;
import vn.motcua.portal.domain.FeedbackStatus;
import vn.motcua.portal.domain.FeedbackSubmission;
import vn.motcua.portal.domain.Handling;
import vn.motcua.portal.domain.Receipt;
import vn.motcua.shared.SqlTimes;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback register ({@code portal_feedback}): feedback stored and loaded whole, changes guarded by version. */
@Repository
class FeedbackRepository {

	private static final String SELECT = "select * from portal_feedback";

	private final JdbcClient jdbc;

	FeedbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Feedback> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(FeedbackRepository::feedback).optional();
	}

	/** @return the feedback of register number {@code registerNo}. */
	Optional<Feedback> findByRegisterNo(String registerNo) {
		return this.jdbc.sql(SELECT + " where register_no = :no")
			.param("no", registerNo)
			.query(FeedbackRepository::feedback)
			.optional();
	}

	/** @return the feedback of units in {@code scope}, newest first, optionally of one status. */
	List<Feedback> inScope(UnitScope scope, @Nullable FeedbackStatus status) {
		return this.jdbc.sql(SELECT + " where " + scope.sqlCondition("unit_id")
				+ " and (cast(:status as varchar) is null or status = :status) order by received_at desc")
			.param("scope", scope.sqlUnits())
			.param("status", status == null ? null : status.name())
			.query(FeedbackRepository::feedback)
			.list();
	}

	/** @return the feedback still open past its deadline at {@code now}, oldest first (see {@link Feedback#overdueAt}). */
	List<Feedback> overdueAt(Instant now) {
		return this.jdbc.sql(SELECT + " where (status = 'RECEIVED' and forward_due_at < :now)"
				+ " or (status = 'IN_HANDLING' and answer_due_at < :now) order by received_at")
			.param("now", Timestamp.from(now))
			.query(FeedbackRepository::feedback)
			.list();
	}

	/** @return the feedback whose answer is published, newest answer first. */
	List<Feedback> published(int limit) {
		return this.jdbc.sql(SELECT + " where published order by answered_at desc limit :limit")
			.param("limit", limit)
			.query(FeedbackRepository::feedback)
			.list();
	}

	void insert(Feedback feedback) {
		Receipt receipt = feedback.receipt();
		FeedbackSubmission submission = feedback.submission();
		this.jdbc.sql("""
				insert into portal_feedback (id, register_no, received_at, channel, submitter_name, submitter_address,
				  submitter_phone, submitter_email, subject, content, publish_consent, unit_id, status, forward_due_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(receipt.id(), receipt.registerNo(), Timestamp.from(receipt.receivedAt()), receipt.channel().name(),
					submission.name(), submission.address(), submission.phone(), submission.email(), submission.subject(),
					submission.content(), submission.publishConsent(), feedback.handling().unitId(),
					feedback.status().name(), Timestamp.from(receipt.forwardDueAt()), feedback.version())
			.update();
	}

	/** @throws OptimisticLockingFailureException when the feedback changed since it was loaded. */
	void update(Feedback feedback) {
		Handling h = feedback.handling();
		int updated = this.jdbc.sql("""
				update portal_feedback set status = ?, category = ?, unit_id = ?, inter_agency = ?, answer_due_at = ?,
				  forwarded_to = ?, answer = ?, answered_at = ?, answered_by = ?, published = ?, version = version + 1
				where id = ? and version = ?""")
			.params(feedback.status().name(), h.category() == null ? null : h.category().name(), h.unitId(),
					h.interAgency(), timestamp(h.answerDueAt()), h.forwardedTo(), h.answer(), timestamp(h.answeredAt()),
					h.answeredBy(), h.published(), feedback.id(), feedback.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("feedback " + feedback.registerNo() + " changed meanwhile");
		}
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Feedback feedback(ResultSet rs, int row) throws SQLException {
		String category = rs.getString("category");
		var receipt = new Receipt(rs.getObject("id", UUID.class), rs.getString("register_no"),
				Objects.requireNonNull(SqlTimes.instant(rs, "received_at")), Channel.valueOf(rs.getString("channel")),
				Objects.requireNonNull(SqlTimes.instant(rs, "forward_due_at")));
		var submission = new FeedbackSubmission(rs.getString("submitter_name"), rs.getString("submitter_address"),
				rs.getString("submitter_phone"), rs.getString("submitter_email"), rs.getString("subject"),
				rs.getString("content"), rs.getBoolean("publish_consent"));
		var handling = new Handling(rs.getObject("unit_id", UUID.class),
				category == null ? null : FeedbackCategory.valueOf(category), rs.getBoolean("inter_agency"),
				SqlTimes.instant(rs, "answer_due_at"), rs.getString("forwarded_to"), rs.getString("answer"),
				SqlTimes.instant(rs, "answered_at"), rs.getString("answered_by"), rs.getBoolean("published"));
		return new Feedback(receipt, submission, FeedbackStatus.valueOf(rs.getString("status")), handling,
				rs.getLong("version"));
	}

}
