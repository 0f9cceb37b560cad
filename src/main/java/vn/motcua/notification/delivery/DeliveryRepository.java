package vn.motcua.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.notification.domain.Channel;
import vn.motcua.notification.domain.Delivery;
import vn.motcua.notification.domain.Delivery.Status;
import vn.motcua.notification.domain.Message;
import vn.motcua.shared.SqlTimes;

/**
 * The delivery log ({@code notification_delivery}), one row per event and channel. Every change is
 * a compare-and-set: a transition's next state is stored only while the row still holds the state
 * it came from (status, attempts, next try), so of two senders taking the same delivery at once,
 * one gets it.
 */
@Repository
class DeliveryRepository {

	/** What the log keeps of a one-time code's message once it is sent. */
	static final String CODE_SENT = "[mã xác thực đã gửi; không lưu lại]";


	private static final String COLUMNS = "id, event_key, channel, recipient, subject, body, status, attempts,"
			+ " last_error, created_at, sent_at, next_try_at";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether the delivery was new, not its event's on the same channel already. */
	boolean add(Delivery d) {
		return this.jdbc.sql("""
				insert into notification_delivery (id, event_key, channel, recipient, subject, body, status, created_at)
				values (:id, :key, :channel, :recipient, :subject, :body, :status, :now)
				on conflict (event_key, channel) do nothing""")
			.param("id", d.id())
			.param("key", d.eventKey())
			.param("channel", d.message().channel().name())
			.param("recipient", d.message().recipient())
			.param("subject", d.message().subject())
			.param("body", d.message().body())
			.param("status", d.status().name())
			.param("now", moment(d.createdAt()))
			.update() == 1;
	}

	Optional<Delivery> find(String eventKey, Channel channel) {
		return this.jdbc.sql("select " + COLUMNS + " from notification_delivery where event_key = :key and channel = :channel")
			.param("key", eventKey)
			.param("channel", channel.name())
			.query(DeliveryRepository::delivery)
			.optional();
	}

	/** @return the deliveries a retry may take at {@code now}, longest waiting first, at most {@code limit}. */
	List<Delivery> dueForRetry(Instant now, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from notification_delivery
				where status in (:retryable) and next_try_at <= :now and attempts < :max
				order by next_try_at limit :limit""")
			.param("retryable", Delivery.RETRYABLE.stream().map(Status::name).toList())
			.param("now", moment(now))
			.param("max", Delivery.MAX_ATTEMPTS)
			.param("limit", limit)
			.query(DeliveryRepository::delivery)
			.list();
	}

	/**
	 * Stores {@code to} if the row still holds {@code from}.
	 * @return {@code to} as stored.
	 * @throws OptimisticLockingFailureException when the row changed since {@code from} was read.
	 */
	Delivery update(Delivery from, Delivery to) {
		return this.jdbc.sql("update notification_delivery set status = :status, attempts = :attempts,"
				+ " last_error = :error, sent_at = :sentAt, next_try_at = :next,"
				// a one-time code is kept only until it is sent: the log then says that, not the code
				+ " body = case when :status = 'SENT' and event_key like 'code:%' then '" + CODE_SENT + "' else body end"
				+ " where id = :id and status = :fromStatus and attempts = :fromAttempts"
				+ " and next_try_at is not distinct from cast(:fromNext as timestamptz) returning " + COLUMNS)
			.param("status", to.status().name())
			.param("attempts", to.attempts())
			.param("error", to.lastError())
			.param("sentAt", moment(to.sentAt()))
			.param("next", moment(to.nextTryAt()))
			.param("id", from.id())
			.param("fromStatus", from.status().name())
			.param("fromAttempts", from.attempts())
			.param("fromNext", moment(from.nextTryAt()))
			.query(DeliveryRepository::delivery)
			.optional()
			.orElseThrow(() -> new OptimisticLockingFailureException("Delivery " + from.id() + " changed"));
	}

	private static @Nullable OffsetDateTime moment(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Delivery delivery(ResultSet rs, int n) throws SQLException {
		Message message = new Message(Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("body"));
		return new Delivery(rs.getObject("id", UUID.class), rs.getString("event_key"), message,
				Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
				SqlTimes.instant(rs, "created_at"), SqlTimes.instant(rs, "sent_at"), SqlTimes.instant(rs, "next_try_at"));
	}

	/**
	 * Deletes what the log no longer needs: deliveries sent, or given up after their last attempt,
	 * before {@code before}.
	 * @return how many were deleted.
	 */
	int deleteDoneBefore(Instant before) {
		return this.jdbc.sql("delete from notification_delivery where created_at < :before and (status = 'SENT'"
				+ " or (status = 'FAILED' and attempts >= :max))")
			.param("before", moment(before))
			.param("max", Delivery.MAX_ATTEMPTS)
			.update();
	}

}
