package vn.motcua.connect.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.SqlTimes;

/**
 * A fee request of a dossier and, once paid, its transaction and electronic receipt.
 * @param status {@code REQUESTED}, {@code PAID}, {@code CANCELLED}, or {@code REFUND_DUE} (a second
 * payment of a request already paid, kept to be refunded).
 */
public record Payment(UUID id, String reference, UUID dossierId, String dossierCode, long amountVnd, String description,
		String status, String requestedBy, OffsetDateTime requestedAt, @Nullable String transactionId,
		@Nullable OffsetDateTime paidAt, @Nullable String receiptNumber) {

	static final String COLUMNS = """
			id, reference, dossier_id, dossier_code, amount_vnd, description, status, requested_by, requested_at, transaction_id,
			paid_at, receipt_number""";

	static Payment read(ResultSet rs, ZoneId zone) throws SQLException {
		return new Payment(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("dossier_id", UUID.class),
				rs.getString("dossier_code"),
				rs.getLong("amount_vnd"), rs.getString("description"), rs.getString("status"),
				rs.getString("requested_by"), Objects.requireNonNull(SqlTimes.at(rs, "requested_at", zone)),
				rs.getString("transaction_id"), SqlTimes.at(rs, "paid_at", zone), rs.getString("receipt_number"));
	}

	public boolean isRequested() {
		return "REQUESTED".equals(this.status);
	}

}
