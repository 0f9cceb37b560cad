package vn.motcua.connect.payment;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.DossierPayments;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.HmacSignature;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's callback, applied once: its signature checked over the exact bytes, the fee
 * request locked, a transaction already recorded answered again without a change; otherwise the
 * payment and its electronic receipt are recorded and the dossier leaves its financial obligation,
 * all in one transaction. Money the platform took is never refused: a request replaced while it was
 * being paid is paid all the same, and a second payment of the same request is kept as due for refund.
 */
@Service
@Transactional
class PaymentCallbacks {

	private final PaymentSettings settings;

	private final DossierPayments dossiers;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	PaymentCallbacks(PaymentSettings settings, DossierPayments dossiers, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.dossiers = dossiers;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** The answer: whether this delivery changed anything. */
	record Applied(String reference, String status, boolean applied) {
	}

	/**
	 * @throws DomainException {@code payment-off}, {@code payment-signature}, {@code payment-callback-invalid},
	 * {@code payment-not-found}, {@code payment-amount-mismatch}, {@code payment-transaction-used}.
	 */
	Applied apply(byte[] body, String signature) {
		if (!this.settings.enabled()) {
			throw new DomainException(Kind.CONFLICT, "payment-off");
		}
		if (!HmacSignature.verify(this.settings.secret(), body, signature)) {
			throw new DomainException(Kind.INVALID, "payment-signature");
		}
		String reference;
		String transaction;
		String receipt;
		long amount;
		Instant paidAt;
		try {
			JsonNode m = this.json.readTree(body);
			reference = m.required("reference").asString();
			transaction = m.required("transactionId").asString();
			receipt = m.required("receiptNumber").asString();
			amount = m.required("amountVnd").asLong();
			paidAt = m.hasNonNull("paidAt") ? OffsetDateTime.parse(m.get("paidAt").asString()).toInstant() : this.clock.instant();
			if (!"PAID".equals(m.required("status").asString()) || transaction.isBlank() || transaction.length() > 100
					|| receipt.isBlank() || receipt.length() > 60) {
				throw new DomainException(Kind.INVALID, "payment-callback-invalid");
			}
		}
		catch (JacksonException | DateTimeParseException ex) {
			throw new DomainException(Kind.INVALID, "payment-callback-invalid");
		}
		Payment payment = this.jdbc.sql("select " + Payment.COLUMNS + " from connect_payment where reference = ? for update")
			.param(reference)
			.query((rs, n) -> Payment.read(rs, this.clock.getZone()))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "payment-not-found", reference));
		Optional<UUID> known = this.jdbc.sql("select dossier_id from connect_payment where transaction_id = ?")
			.param(transaction)
			.query(UUID.class)
			.optional();
		if (known.isPresent()) { // delivered again; another dossier's transaction is the platform's mistake
			if (known.get().equals(payment.dossierId())) {
				return new Applied(reference, payment.status(), false);
			}
			throw new DomainException(Kind.CONFLICT, "payment-transaction-used", transaction);
		}
		if (amount != payment.amountVnd()) {
			throw new DomainException(Kind.INVALID, "payment-amount-mismatch", payment.amountVnd());
		}
		String record = new String(body, StandardCharsets.UTF_8);
		if ("PAID".equals(payment.status())) { // paid twice (two windows): kept on record, to be refunded
			this.jdbc.sql("""
					insert into connect_payment (id, reference, dossier_id, dossier_code, amount_vnd, description, status,
					  requested_by, requested_at, transaction_id, paid_at, receipt_number, receipt)
					select ?, ? || '-HT' || (select count(*) + 1 from connect_payment where dossier_id = ?), ?, ?, ?,
					  'Thanh toán trùng, chờ hoàn tiền', 'REFUND_DUE', 'system', ?, ?, ?, ?, ?::jsonb""")
				.params(UUID.randomUUID(), reference, payment.dossierId(), payment.dossierId(), payment.dossierCode(), amount,
						Timestamp.from(this.clock.instant()), transaction, Timestamp.from(paidAt), receipt, record)
				.update();
			return new Applied(reference, "REFUND_DUE", true);
		}
		// requested, or replaced by a new request while the applicant was paying it: the money came, it is paid
		this.jdbc.sql("""
				update connect_payment set status = 'PAID', transaction_id = ?, paid_at = ?, receipt_number = ?,
				  receipt = ?::jsonb where id = ?""")
			.params(transaction, Timestamp.from(paidAt), receipt, record, payment.id())
			.update();
		this.jdbc.sql("update connect_payment set status = 'CANCELLED' where dossier_id = ? and status = 'REQUESTED'")
			.param(payment.dossierId())
			.update();
		// a dossier withdrawn meanwhile keeps the payment on record; only a waiting one moves on
		if (this.dossiers.inScope(payment.dossierCode(), Actor.system()).status() == DossierStatus.FINANCIAL_OBLIGATION) {
			this.dossiers.paid(payment.dossierCode(), String.format(Locale.forLanguageTag("vi-VN"),
					"Đã thanh toán trực tuyến %,d đồng; giao dịch %s; biên lai %s", amount, transaction, receipt));
		}
		return new Applied(reference, "PAID", true);
	}

}
