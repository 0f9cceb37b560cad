package vn.motcua.dossier.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.results.SigningKeys.SigningKey;
/**
 * PAdES signatures (ETSI EN 319 142, baseline B: {@code ETSI.CAdES.detached}, the signing
 * certificate bound by {@code signing-certificate-v2}, the signing time in the signature dictionary;
 * baseline T with a time-stamp authority, {@link TimeStamps}) with Apache PDFBox and Bouncy Castle;
 * the dossier's code is in the signed dictionary.
 */
final class Pades {

	/** The signature dictionary's entry naming the dossier (covered by the signature). */
	static final COSName DOSSIER = COSName.getPDFName("MotCuaDossier");

	private Pades() {
	}

	/** @param stamper with a time-stamp authority configured, its stamp on the signature (PAdES baseline T). */
	static byte[] sign(byte[] pdf, SigningKey key, String dossierCode, String reason, String location, Instant at,
			TimeStamps.@Nullable Stamper stamper) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(commonName(key.certificate()));
			signature.setReason(reason);
			signature.setLocation(location);
			Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			when.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(when);
			signature.getCOSObject().setString(DOSSIER, dossierCode);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
				document.addSignature(signature, options);
				ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000);
				ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
				external.setSignature(cms(external.getContent().readAllBytes(), key, stamper));
				return out.toByteArray();
			}
		}
	}

	private static byte[] cms(byte[] content, SigningKey key, TimeStamps.@Nullable Stamper stamper) throws IOException {
		try {
			var certificateId = new ESSCertIDv2(MessageDigest.getInstance("SHA-256")
				.digest(key.certificate().getEncoded()));
			AttributeTable bound = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { certificateId }))));
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				// PAdES: the signing time is the dictionary's, not a CMS attribute
				.setSignedAttributeGenerator(parameters -> new DefaultSignedAttributeTableGenerator(bound)
					.getAttributes(parameters).remove(CMSAttributes.signingTime))
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.key()), key.certificate()));
			generator.addCertificates(new JcaCertStore(key.chain()));
			CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
			return (stamper == null ? signed : TimeStamps.stamped(signed, stamper)).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("Cannot sign: " + ex.getMessage(), ex);
		}
	}

	static String commonName(X509Certificate certificate) {
		RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
		return names.length == 0 ? certificate.getSubjectX500Principal().getName()
				: IETFUtils.valueToString(names[0].getFirst().getValue());
	}

}
