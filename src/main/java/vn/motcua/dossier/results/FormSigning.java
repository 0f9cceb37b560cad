package vn.motcua.dossier.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import vn.motcua.organization.OrganizationManagement;

import org.springframework.stereotype.Component;

/**
 * With {@code motcua.signing.forms}, a dossier's forms (form 01, the receipt, and the others) are
 * signed like its result (PAdES), in the name of the desk that issues them; without the setting, or
 * for an agency without a key, they stay as they are.
 */
@Component
public class FormSigning {

	private final SigningSettings settings;

	private final SigningKeys keys;

	private final OrganizationManagement organization;

	private final Clock clock;

	FormSigning(SigningSettings settings, SigningKeys keys, OrganizationManagement organization, Clock clock) {
		this.settings = settings;
		this.keys = keys;
		this.organization = organization;
		this.clock = clock;
	}

	/** @return the form, signed when the setting is on and the issuing agency has a key. */
	public byte[] signed(byte[] pdf, String dossierCode, String issuingAgencyCode, String formNumber) {
		if (!this.settings.forms()) {
			return pdf;
		}
		SigningAuthority signer = SigningAuthority.of(this.organization, issuingAgencyCode);
		return this.keys.of(issuingAgencyCode, signer.authority()).map(key -> {
			try {
				return Pades.sign(pdf, key, dossierCode, "Mẫu số " + formNumber + " của hồ sơ " + dossierCode,
						signer.issuer().place(), this.clock.instant(), this.keys.stamper());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).orElse(pdf);
	}

}
