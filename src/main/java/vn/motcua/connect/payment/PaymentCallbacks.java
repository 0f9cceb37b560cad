package vn.motcua.connect.payment;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

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
 * all in one transaction.
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
	 * {@code payment-not-found}, {@code payment-amount-mismatch}, {@code payment-already-paid},
	 * {@code payment-cancelled}.
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
			if (!"PAID".equals(m.required("status").asString()) || transaction.isBlank() || transaction.length() > 100) {
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
		if ("PAID".equals(payment.status())) {
			if (transaction.equals(payment.transactionId())) {
				return new Applied(reference, payment.status(), false);
			}
			throw new DomainException(Kind.CONFLICT, "payment-already-paid", reference);
		}
		if (!payment.isRequested()) {
			throw new DomainException(Kind.CONFLICT, "payment-cancelled", reference);
		}
		if (amount != payment.amountVnd()) {
			throw new DomainException(Kind.INVALID, "payment-amount-mismatch", payment.amountVnd());
		}
		this.jdbc.sql("""
				update connect_payment set status = 'PAID', transaction_id = ?, paid_at = ?, receipt_number = ?,
				  receipt = ?::jsonb where id = ?""")
			.params(transaction, Timestamp.from(paidAt), receipt, new String(body, StandardCharsets.UTF_8),
					payment.id())
			.update();
		// a dossier withdrawn meanwhile keeps the payment on record; only a waiting one moves on
		if (this.dossiers.inScope(payment.dossierCode(), Actor.system()).status() == DossierStatus.FINANCIAL_OBLIGATION) {
			this.dossiers.paid(payment.dossierCode(), String.format(Locale.forLanguageTag("vi-VN"),
					"Đã thanh toán trực tuyến %,d đồng; giao dịch %s; biên lai %s", amount, transaction, receipt));
		}
		return new Applied(reference, "PAID", true);
	}

}
