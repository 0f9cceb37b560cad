package vn.motcua.dossier.results;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jspecify.annotations.Nullable;
/** Verifies what {@link Pades} signed: the last signature of a PDF, against trusted certification authorities. */
final class PadesVerifier {

	private PadesVerifier() {
	}

	/** What a verification found; {@code valid} only when the whole file is covered, intact and signed by a trusted agency. */
	record Verification(boolean valid, @Nullable String signer, @Nullable Instant signedAt, @Nullable String dossierCode) {

		static Verification invalid() {
			return new Verification(false, null, null, null);
		}

	}

	/** Verifies the document's last signature against {@code anchors}; never throws on a damaged file. */
	static Verification verify(byte[] pdf, List<X509Certificate> anchors) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return Verification.invalid();
			}
			PDSignature signature = signatures.get(signatures.size() - 1);
			int[] range = signature.getByteRange();
			boolean wholeFile = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
					&& (long) range[2] + range[3] == pdf.length;
			CMSSignedData cms;
			// /Contents is padded with zeros after the signature: read the one DER object, not the padding
			try (var der = new ASN1InputStream(signature.getContents(pdf))) {
				cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
						ContentInfo.getInstance(der.readObject()));
			}
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
			// a time-stamp's time, which the authority vouches for, before the time the signer wrote
			Instant stamped = TimeStamps.timeOf(signer, (authority, at) -> trusted(authority, anchors, at));
			Instant signedAt = stamped != null ? stamped
					: signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
			boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			boolean trusted = signedAt != null && trusted(certificate, anchors, signedAt);
			return new Verification(wholeFile && intact && trusted, Pades.commonName(certificate), signedAt,
					signature.getCOSObject().getString(Pades.DOSSIER));
		}
		catch (IOException | GeneralSecurityException | OperatorCreationException | CMSException | RuntimeException ex) {
			return Verification.invalid();
		}
	}

	/** Issued by one of the anchors (or one itself), and valid when it signed. */
	private static boolean trusted(X509Certificate certificate, List<X509Certificate> anchors, Instant at) {
		try {
			certificate.checkValidity(Date.from(at));
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
		for (X509Certificate anchor : anchors) {
			if (anchor.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
				try {
					certificate.verify(anchor.getPublicKey());
					return true;
				}
				catch (GeneralSecurityException ex) {
					// another authority of the same name
				}
			}
		}
		return false;
	}

}
