package vn.motcua.dossier.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.results.PadesVerifier.Verification;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed electronic results, for whoever the caller has already allowed to read the dossier; and their verification. */
@Service
@Transactional(readOnly = true)
public class SignedResults {

	private final AttachmentStore files;

	private final SigningKeys keys;

	private final ResultSigning signing;

	SignedResults(AttachmentStore files, SigningKeys keys, ResultSigning signing) {
		this.files = files;
		this.keys = keys;
		this.signing = signing;
	}

	/**
	 * @return the dossier's signed result; one resolved before results were signed (or while its
	 * signing waits) is signed now.
	 * @throws DomainException {@code result-not-signed} (not resolved yet, or its agency has no key),
	 * {@code attachment-corrupted}.
	 */
	public Uploads.File signedResult(String code) {
		return this.files.latestOfKind(code, ResultSigning.SIGNED).or(() -> {
			try {
				return this.signing.sign(code).flatMap(signed -> this.files.latestOfKind(code, ResultSigning.SIGNED));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "result-not-signed", code));
	}

	/**
	 * @return whether the PDF is intact and signed by an agency whose certification authority is trusted.
	 * @throws DomainException {@code verification-not-pdf}.
	 */
	public VerificationView verify(byte[] pdf) {
		if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
			throw new DomainException(Kind.INVALID, "verification-not-pdf");
		}
		Verification found = PadesVerifier.verify(pdf, this.keys.anchors());
		return new VerificationView(found.valid(), found.signer(), found.signedAt(), found.dossierCode());
	}

	/** The answer of {@code POST /api/v1/public/verification}. */
	public record VerificationView(boolean valid, @Nullable String signer, @Nullable Instant signedAt,
			@Nullable String dossierCode) {
	}

}
