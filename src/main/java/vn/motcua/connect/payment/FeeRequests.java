package vn.motcua.connect.payment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierPayments;
import vn.motcua.dossier.DossierPayments.Payable;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fee requests: an official of the dossier's scope asks for its fee while it waits for the
 * applicant's financial obligation (the amount defaults to the catalogue's fee); a new request
 * cancels the one not yet paid. The applicant pays from their account.
 */
@Service
@Transactional
public class FeeRequests {

	static final long MAX_VND = 1_000_000_000L;

	private final DossierPayments dossiers;

	private final PaymentSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	FeeRequests(DossierPayments dossiers, PaymentSettings settings, JdbcClient jdbc, Clock clock) {
		this.dossiers = dossiers;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return whether online payment is on (the dossier page offers fee requests). */
	public boolean enabled() {
		return this.settings.enabled();
	}

	/**
	 * @throws DomainException {@code payment-off}, {@code dossier-not-found}, {@code forbidden},
	 * {@code payment-not-awaited}, {@code payment-amount-invalid}.
	 */
	Payment request(String code, @Nullable Long amountVnd, @Nullable String description, Actor actor) {
		if (!this.settings.enabled()) {
			throw new DomainException(Kind.CONFLICT, "payment-off");
		}
		Payable dossier = this.dossiers.toAskFeeOf(code, actor);
		if (dossier.status() != DossierStatus.FINANCIAL_OBLIGATION) {
			throw new DomainException(Kind.CONFLICT, "payment-not-awaited", code);
		}
		Long amount = amountVnd != null ? amountVnd : dossier.feeVnd();
		if (amount == null || amount < 1 || amount > MAX_VND) {
			throw new DomainException(Kind.INVALID, "payment-amount-invalid", MAX_VND);
		}
		String what = description == null || description.isBlank()
				? "Phí, lệ phí hồ sơ " + code + ": " + dossier.procedureName() : description.strip();
		// one request at a time per dossier: its number is the count of those before it
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("fee:" + dossier.id()).query().singleValue();
		this.jdbc.sql("update connect_payment set status = 'CANCELLED' where dossier_id = ? and status = 'REQUESTED'")
			.param(dossier.id())
			.update();
		int n = this.jdbc.sql("select count(*) + 1 from connect_payment where dossier_id = ?")
			.param(dossier.id())
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into connect_payment (id, reference, dossier_id, dossier_code, amount_vnd, description, status,
				  requested_by, requested_at) values (?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)""")
			.params(id, code + "-TT" + n, dossier.id(), code, amount, what.length() > 300 ? what.substring(0, 300) : what,
					actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		return of(dossier.id()).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
	}

	/** @throws DomainException {@code dossier-not-found}, also outside the official's scope. */
	@Transactional(readOnly = true)
	public List<Payment> of(String code, Actor actor) {
		return of(this.dossiers.inScope(code, actor).id());
	}

	/** @return the fee requests of the citizen's own dossier, none for another's. */
	@Transactional(readOnly = true)
	public List<Payment> ofCitizen(String code, UUID citizenId) {
		return this.dossiers.ofCitizen(code, citizenId).map(d -> of(d.id())).orElse(List.of());
	}

	private List<Payment> of(UUID dossierId) {
		return this.jdbc.sql("select " + Payment.COLUMNS + " from connect_payment where dossier_id = ? order by requested_at, reference")
			.param(dossierId)
			.query((rs, n) -> Payment.read(rs, this.clock.getZone()))
			.list();
	}

}
