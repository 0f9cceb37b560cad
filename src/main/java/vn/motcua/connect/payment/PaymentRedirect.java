package vn.motcua.connect.payment;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.HmacSignature;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the applicant pays: the platform's page, given the merchant, the fee request's reference and
 * amount, where to come back and where to confirm, the whole query signed with the shared key so the
 * platform trusts the amount.
 */
@Service
@Transactional(readOnly = true)
class PaymentRedirect {

	private final PaymentSettings settings;

	private final FeeRequests fees;

	private final ObjectProvider<PaymentPlatformStandIn> standIn;

	PaymentRedirect(PaymentSettings settings, FeeRequests fees, ObjectProvider<PaymentPlatformStandIn> standIn) {
		this.settings = settings;
		this.fees = fees;
		this.standIn = standIn;
	}

	/**
	 * @param base MotCua's own address as the citizen reaches it, for the return and the callback.
	 * @throws DomainException {@code payment-off}, {@code payment-not-found} (also another citizen's,
	 * or one no longer awaited).
	 */
	URI to(String code, String reference, UUID citizenId, String base) {
		URI platform = platform();
		if (!this.settings.enabled() || platform == null) {
			throw new DomainException(Kind.CONFLICT, "payment-off");
		}
		Payment payment = this.fees.ofCitizen(code, citizenId)
			.stream()
			.filter(p -> p.reference().equals(reference) && p.isRequested())
			.findFirst()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "payment-not-found", reference));
		Map<String, String> query = new LinkedHashMap<>();
		query.put("merchant", Objects.requireNonNullElse(this.settings.merchant(), ""));
		query.put("reference", payment.reference());
		query.put("amount", String.valueOf(payment.amountVnd()));
		query.put("description", payment.description());
		query.put("returnUrl", base + "/cong-dan/ho-so/" + code + "?thanh-toan");
		query.put("callbackUrl", base + "/api/v1/public/payments/callback");
		String signed = query.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String at = platform.toString();
		return URI.create((at.endsWith("/") ? at : at + "/") + "pay?" + signed + "&signature="
				+ URLEncoder.encode(HmacSignature.sign(this.settings.secret(), signed), StandardCharsets.UTF_8));
	}

	/** @return the stand-in when it runs, else {@code motcua.payment.url}. */
	@Nullable URI platform() {
		PaymentPlatformStandIn running = this.standIn.getIfAvailable();
		return running != null ? running.url() : this.settings.url();
	}

}
