package vn.motcua.dossier.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.files.AttachmentView;
import vn.motcua.dossier.forms.DossierForms.Issuer;
import vn.motcua.dossier.forms.ResultNotice;
import vn.motcua.dossier.processing.DossierReader;
import vn.motcua.dossier.store.StoreKeeper;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a dossier's result once it is resolved, after the resolution commits (kept in the event
 * publication registry until done, so a restart signs what was left): the latest PDF the specialist
 * uploaded as the result or its draft, or else the agency's notice of the result; the signed copy is
 * a file of the dossier of kind {@code SIGNED_RESULT}, kept in the applicant's data store. An agency
 * without a key leaves the result unsigned (logged).
 */
@Component
class ResultSigning {

	static final String SIGNED = "SIGNED_RESULT";

	private static final Logger log = LoggerFactory.getLogger(ResultSigning.class);

	private final DossierReader dossiers;

	private final AttachmentStore files;

	private final OrganizationManagement organization;

	private final SigningKeys keys;

	private final StoreKeeper store;

	private final Clock clock;

	private final JdbcClient jdbc;

	ResultSigning(DossierReader dossiers, AttachmentStore files, OrganizationManagement organization, SigningKeys keys,
			StoreKeeper store, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.files = files;
		this.organization = organization;
		this.keys = keys;
		this.store = store;
		this.clock = clock;
	}

	/** Only a resolution is kept in the publication registry: the condition spares the other changes a row. */
	@ApplicationModuleListener(condition = "#changed.to().name() == 'RESOLVED'")
	void resolved(DossierStatusChanged changed) throws IOException {
		sign(changed.code());
	}

	/**
	 * @return the signed result's file, made now if the dossier is resolved and has none (in a
	 * transaction of its own: a reader asking for a result may hold a read-only one).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<AttachmentView> sign(String code) throws IOException {
		Dossier dossier = this.dossiers.find(code, Actor.system());
		// one signature however many ask at once (the listener, a reader): they queue on the dossier's row
		this.jdbc.sql("select 1 from dossier where id = ? for update").param(dossier.id()).query().singleValue();
		List<AttachmentView> all = this.files.ofDossier(dossier.id());
		Optional<AttachmentView> signed = signedOf(all);
		if (signed.isPresent() || dossier.resolvedAt() == null) {
			return signed;
		}
		String agencyCode = dossier.intake().agencyCode();
		SigningAuthority signer = SigningAuthority.of(this.organization, agencyCode);
		Issuer issuer = signer.issuer();
		Optional<SigningKeys.SigningKey> key = this.keys.of(agencyCode, signer.authority());
		if (key.isEmpty()) {
			log.info("Result of {} left unsigned: agency {} has no signing key (motcua.signing.keystores)", code, agencyCode);
			return Optional.empty();
		}
		// the agency's notice of the result, rendered only when no PDF was uploaded or it cannot be read
		Supplier<byte[]> notice = () -> ResultNotice.pdf(signer.department() ? issuer.committee() : "",
				signer.authority(), issuer.place(), code, dossier.intake().procedureName(),
				dossier.intake().applicant().fullName(), dossier.resolvedAt(), this.clock.getZone());
		String reason = "Kết quả giải quyết hồ sơ " + code;
		byte[] pdf;
		try {
			pdf = Pades.sign(uploaded(dossier.id(), all).orElseGet(notice), key.get(), code, reason, issuer.place(),
					this.clock.instant(), this.keys.stamper());
		}
		catch (IOException ex) { // an uploaded «PDF» PDFBox cannot read: the notice stands for it
			log.warn("The uploaded result of {} cannot be signed ({}); its notice is signed instead", code, ex.toString());
			pdf = Pades.sign(notice.get(), key.get(), code, reason, issuer.place(), this.clock.instant(),
					this.keys.stamper());
		}
		UUID id = this.files.attach(dossier.id(), "ket-qua-" + code + ".pdf", pdf.length, new ByteArrayInputStream(pdf),
				"system", SIGNED, null);
		this.store.keep(dossier.id());
		return this.files.ofDossier(dossier.id()).stream().filter(a -> a.id().equals(id)).findFirst();
	}

	static Optional<AttachmentView> signedOf(List<AttachmentView> files) {
		return files.stream().filter(a -> SIGNED.equals(a.kind())).reduce((first, later) -> later);
	}

	/** The latest PDF uploaded as the result, or as its draft. */
	private Optional<byte[]> uploaded(UUID dossierId, List<AttachmentView> all) {
		return all.stream()
			.filter(a -> a.isResult() && "application/pdf".equals(a.contentType()))
			.max(Comparator.comparing(AttachmentView::uploadedAt).thenComparing(a -> "RESULT".equals(a.kind())))
			.flatMap(a -> this.files.fileOfDossier(dossierId, a.id()))
			.map(f -> f.bytes());
	}

}
