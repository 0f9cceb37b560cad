package vn.motcua.dossier.results;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.BiPredicate;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;

/**
 * RFC 3161 time-stamps on signatures (PAdES baseline T): the signature's value stamped by the
 * authority at {@code motcua.signing.tsa-url} ({@link TimeStampClient}), the token kept as the signer's unsigned attribute
 * {@code signature-time-stamp}; a verification takes the token's time, once it matches the signature
 * and its own signature holds, instead of the signing time the signer wrote.
 */
final class TimeStamps {

	private TimeStamps() {
	}

	/** Stamps a signature's value ({@link TimeStampClient#token} at the configured authority). @return the token, DER. */
	@FunctionalInterface
	interface Stamper {

		byte[] token(byte[] signatureValue) throws IOException;

	}

	/** @return {@code signed} with the token of its (one) signer's signature from {@code stamper}. */
	static CMSSignedData stamped(CMSSignedData signed, Stamper stamper) throws IOException {
		SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
		ASN1Primitive token = ASN1Primitive.fromByteArray(stamper.token(signer.getSignature()));
		AttributeTable unsigned = new AttributeTable(
				new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(token)));
		return CMSSignedData.replaceSigners(signed,
				new SignerInformationStore(SignerInformation.replaceUnsignedAttributes(signer, unsigned)));
	}

	/**
	 * @param trusted whether an authority's certificate is trusted at a time (as a signer's is).
	 * @return the time of the signer's time-stamp, {@literal null} without one.
	 * @throws IOException when a token is there but does not stamp this signature, does not verify, or
	 * comes from an authority not trusted: anyone may add a token, the signature does not cover it.
	 */
	static @Nullable Instant timeOf(SignerInformation signer, BiPredicate<X509Certificate, Instant> trusted)
			throws IOException {
		Attribute attribute = signer.getUnsignedAttributes() == null ? null
				: signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
		if (attribute == null) {
			return null;
		}
		try {
			TimeStampToken token = new TimeStampToken(
					new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
			if (!Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), sha256(signer.getSignature()))) {
				throw new IOException("The time-stamp is of another signature");
			}
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches(token.getSID());
			X509Certificate authority = new JcaX509CertificateConverter().getCertificate(tsa.iterator().next());
			token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority));
			Instant at = token.getTimeStampInfo().getGenTime().toInstant();
			if (!trusted.test(authority, at)) {
				throw new IOException("The time-stamp authority is not trusted");
			}
			return at;
		}
		catch (TSPException | CMSException | OperatorCreationException | GeneralSecurityException ex) {
			throw new IOException("The time-stamp does not verify: " + ex.getMessage(), ex);
		}
	}

	static byte[] sha256(byte[] value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
