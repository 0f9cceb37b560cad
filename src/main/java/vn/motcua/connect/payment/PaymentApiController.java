package vn.motcua.connect.payment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Fee requests for officials of the dossier's scope, and the payment platform's callback. */
@RestController
class PaymentApiController {

	private final FeeRequests fees;

	private final PaymentCallbacks callbacks;

	PaymentApiController(FeeRequests fees, PaymentCallbacks callbacks) {
		this.fees = fees;
		this.callbacks = callbacks;
	}

	/** A fee request; without an amount, the procedure's fee. */
	record FeeRequestBody(@Nullable Long amountVnd,
			@Size(max = 300, message = "{validation.too-long}") @Nullable String description) {
	}

	@GetMapping("/api/v1/dossiers/{code}/fee-requests")
	List<Payment> list(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		return this.fees.of(code, actor);
	}

	@PostMapping("/api/v1/dossiers/{code}/fee-requests")
	@ResponseStatus(HttpStatus.CREATED)
	Payment request(@PathVariable String code, @Valid @RequestBody FeeRequestBody body,
			@AuthenticationPrincipal Actor actor) {
		return this.fees.request(code, body.amountVnd(), body.description(), actor);
	}

	/** The platform's confirmation: its exact bytes are what the signature covers. */
	@PostMapping("/api/v1/public/payments/callback")
	PaymentCallbacks.Applied callback(@RequestBody byte[] body,
			@RequestHeader(name = "X-Signature", required = false) @Nullable String signature) {
		return this.callbacks.apply(body, signature == null ? "" : signature);
	}

}
