package vn.motcua.connect.national;

import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.NationalFilings;
import vn.motcua.dossier.NationalFilings.Filed;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.HmacSignature;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dossiers filed on the National Public Service Portal, pushed by it: the body signed with the
 * province's key ({@code X-Signature}), each arriving in the desk's queue of online submissions
 * (201), a repeated delivery answered with the same submission (200).
 */
@RestController
class NationalFilingApiController {

	private final NationalPortalSettings settings;

	private final NationalFilings filings;

	private final JsonMapper json;

	NationalFilingApiController(NationalPortalSettings settings, NationalFilings filings, JsonMapper json) {
		this.settings = settings;
		this.filings = filings;
		this.json = json;
	}

	/** The filing as the portal sends it; each document's bytes in Base64. */
	record FilingBody(String nationalCode, String procedureCode, String agencyCode, String fullName, String idNumber,
			@Nullable String phone, @Nullable String email, @Nullable String address, ResultDelivery resultDelivery,
			List<DocumentBody> documents) {

		/** @return whether every field is there and fits where it is kept. */
		boolean complete() {
			return fits(this.nationalCode, 60) && fits(this.procedureCode, 30) && fits(this.agencyCode, 40)
					&& fits(this.fullName, 200) && fits(this.idNumber, 20) && this.resultDelivery != null
					&& this.documents != null && (this.phone == null || this.phone.length() <= 20)
					&& (this.email == null || this.email.length() <= 120)
					&& (this.address == null || this.address.length() <= 300);
		}

		private static boolean fits(@Nullable String value, int max) {
			return value != null && !value.isBlank() && value.length() <= max;
		}

	}

	record DocumentBody(int position, String fileName, String contentBase64) {
	}

	/**
	 * @throws DomainException {@code national-off}, {@code national-signature}, {@code national-filing-invalid},
	 * and what {@link NationalFilings#file} throws.
	 */
	@PostMapping("/api/v1/public/national/dossiers")
	ResponseEntity<Filed> file(@RequestBody byte[] body,
			@RequestHeader(name = "X-Signature", required = false) @Nullable String signature) {
		if (!this.settings.enabled()) {
			throw new DomainException(Kind.CONFLICT, "national-off");
		}
		if (!HmacSignature.verify(Objects.requireNonNullElse(this.settings.key(), ""), body, signature)) {
			throw new DomainException(Kind.INVALID, "national-signature");
		}
		NationalFilings.Filing filing;
		try {
			FilingBody f = this.json.readValue(body, FilingBody.class);
			if (!f.complete()) {
				throw new DomainException(Kind.INVALID, "national-filing-invalid");
			}
			filing = new NationalFilings.Filing(f.nationalCode(), f.procedureCode(), f.agencyCode(), f.fullName(),
					f.idNumber(), f.phone(), f.email(), f.address(), f.resultDelivery(),
					f.documents().stream()
						.map(d -> new NationalFilings.Document(d.position(), d.fileName(),
								Base64.getDecoder().decode(d.contentBase64())))
						.toList());
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw new DomainException(Kind.INVALID, "national-filing-invalid");
		}
		Filed filed = this.filings.file(filing);
		return ResponseEntity.status(filed.fresh() ? HttpStatus.CREATED : HttpStatus.OK).body(filed);
	}

}
