package vn.motcua.connect.national;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.shared.HmacSignature;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to the national portal: in rounds, each taking the oldest waiting message of
 * every dossier (so a dossier's messages arrive in order, and one that fails holds back the later
 * ones of that dossier only), locked so that two nodes never send the same one. A message is marked
 * sent in the transaction that sent it; if the application stops between the portal's answer and the
 * commit, the message goes again with the same {@code Idempotency-Key} and the portal applies it once.
 * A failure waits 30 s, doubled at each attempt up to an hour.
 */
@Component
class NationalSender {

	private static final Logger log = LoggerFactory.getLogger(NationalSender.class);

	private static final int ROUND = 50;

	private final NationalPortalSettings settings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectProvider<NationalPortalStandIn> standIn;

	NationalSender(NationalPortalSettings settings, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			ObjectProvider<NationalPortalStandIn> standIn) {
		this.settings = settings;
		this.standIn = standIn;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Message(long id, UUID key, String body, int attempts) {
	}

	/** @return how many messages the portal took now. */
	int sendPending() {
		if (!this.settings.enabled() || target() == null) {
			return 0;
		}
		int sent = 0;
		for (int round = Objects.requireNonNull(this.transactions.execute(t -> round())); round > 0;
				round = Objects.requireNonNull(this.transactions.execute(t -> round()))) {
			sent += round;
		}
		return sent;
	}

	private int round() {
		List<Message> heads = this.jdbc.sql("""
				select o.id, o.idempotency_key, o.payload::text, o.attempts from connect_national_outbox o
				 where o.sent_at is null and (o.next_attempt_at is null or o.next_attempt_at <= ?)
				   and not exists (select 1 from connect_national_outbox p
				                    where p.dossier_id = o.dossier_id and p.sent_at is null and p.id < o.id)
				 order by o.id limit ? for update skip locked""")
			.params(Timestamp.from(this.clock.instant()), ROUND)
			.query((rs, n) -> new Message(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4)))
			.list();
		int sent = 0;
		for (Message m : heads) {
			String failure = send(m);
			if (failure == null) {
				this.jdbc.sql("update connect_national_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
					.params(Timestamp.from(this.clock.instant()), m.id())
					.update();
				sent++;
			}
			else {
				Duration wait = Duration.ofSeconds(30).multipliedBy(1L << Math.min(m.attempts(), 7));
				this.jdbc.sql("""
						update connect_national_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ?
						 where id = ?""")
					.params(Timestamp.from(this.clock.instant().plus(wait.compareTo(Duration.ofHours(1)) > 0
							? Duration.ofHours(1) : wait)), failure, m.id())
					.update();
			}
		}
		return sent;
	}

	/** @return {@literal null} when the portal took it, else why not. */
	private @Nullable String send(Message m) {
		String key = Objects.requireNonNullElse(this.settings.key(), "");
		String base = Objects.requireNonNull(target()).toString();
		HttpRequest request = HttpRequest.newBuilder(URI.create(base.endsWith("/") ? base : base + "/").resolve("dossiers/status"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + key)
			.header("Idempotency-Key", m.key().toString())
			.header("X-Signature", HmacSignature.sign(key, m.body()))
			.POST(HttpRequest.BodyPublishers.ofString(m.body(), StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() / 100 == 2) {
				return null;
			}
			return "HTTP " + answer.statusCode() + ": " + abbreviate(answer.body());
		}
		catch (IOException ex) {
			log.debug("National portal unreachable", ex);
			return abbreviate(ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	/** @return whether messages go to the stand-in portal (the demo). */
	boolean toStandIn() {
		return this.standIn.getIfAvailable() != null;
	}

	/** @return where messages go: the stand-in when it runs, else {@code motcua.national.url}. */
	@Nullable URI target() {
		NationalPortalStandIn running = this.standIn.getIfAvailable();
		return running != null ? running.url() : this.settings.url();
	}

	private static String abbreviate(String text) {
		return text.length() > 400 ? text.substring(0, 400) : text;
	}

}
