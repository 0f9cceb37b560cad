package vn.motcua.dossier.documents;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.dossier.domain.Checklist;
import vn.motcua.dossier.domain.Checklist.Reason;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.files.AttachmentView;
import vn.motcua.dossier.processing.DossierReader;
import vn.motcua.dossier.store.ApplicantDocuments;
import vn.motcua.dossier.store.CitizenDataStore.StoredDocument;
import vn.motcua.dossier.store.StoreKeeper;
import vn.motcua.dossier.store.StoreOffers;
import vn.motcua.dossier.store.StoreOffers.Offer;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digitisation checklist of a dossier (see {@link Checklist}): its components are the required
 * documents of the procedure version it was received under; officials of its scope scan them or
 * mark why not, or take it from the applicant's data store, while it is open.
 */
@Service
@Transactional
public class DossierChecklist {

	private final DossierReader dossiers;

	private final DossierAttachments attachments;

	private final AttachmentStore files;

	private final CatalogueManagement catalogue;

	private final JdbcClient jdbc;

	private final StoreKeeper store;

	private final ApplicantDocuments applicant;

	private final Clock clock;

	DossierChecklist(DossierReader dossiers, DossierAttachments attachments, AttachmentStore files,
			CatalogueManagement catalogue, JdbcClient jdbc, StoreKeeper store, ApplicantDocuments applicant, Clock clock) {
		this.dossiers = dossiers;
		this.attachments = attachments;
		this.files = files;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.store = store;
		this.applicant = applicant;
		this.clock = clock;
	}

	/**
	 * A component as shown: where it stands and its files in order.
	 * @param offers for a component without files of a dossier the official may add to, the documents of
	 * the applicant's data store that may stand for its scan, those of its kind first.
	 */
	public record ComponentView(int position, String name, Checklist.State state, @Nullable Reason reason,
			List<AttachmentView> files, List<Offer> offers) {
	}

	/**
	 * @param digitised whether the dossier counts as digitised (Decision 766); {@literal null} for one
	 * received before the checklist, which the statistics count by «has a file» ({@code dossier_fact}).
	 * @param applicantStore what the components' offers come from: the documents valid today of the
	 * applicant's data store, while a component lacks files and the official may add to them.
	 */
	public record ChecklistView(@Nullable Boolean digitised, List<ComponentView> components,
			List<StoredDocument> applicantStore) {

		/** @return the reasons an official may mark, in order. */
		public List<Reason> reasons() {
			return List.of(Reason.values());
		}

	}

	/** @throws vn.motcua.shared.DomainException {@code dossier-not-found}. */
	@Transactional(readOnly = true)
	public ChecklistView of(String code, Actor actor) {
		Dossier dossier = this.dossiers.find(code, actor);
		List<AttachmentView> all = this.files.ofDossier(dossier.id());
		Checklist checklist = checklist(dossier, all);
		boolean withChecklist = this.jdbc.sql("select required_components is not null from dossier where id = ?")
			.param(dossier.id())
			.query(Boolean.class)
			.single();
		boolean unscanned = checklist.components().stream().anyMatch(c -> c.files() == 0);
		List<StoredDocument> stored = unscanned && DossierAttachments.mayWrite(dossier, actor)
				? this.applicant.of(dossier.id()) : List.of();
		return new ChecklistView(withChecklist ? checklist.digitised() : null, checklist.components().stream().map(c -> {
			List<AttachmentView> files = all.stream().filter(a -> Integer.valueOf(c.position()).equals(a.component())).toList();
			return new ComponentView(c.position(), c.name(), c.state(), c.reason(), files,
					files.isEmpty() ? StoreOffers.ranked(stored, c.name()) : List.of());
		}).toList(), stored);
	}

	/**
	 * Adds a scanned page or file to a component; a reason marked before is withdrawn. A dossier filed
	 * from an account keeps the scan in its data store.
	 * @throws vn.motcua.shared.DomainException those of {@link DossierAttachments#writable},
	 * {@code component-not-found}, {@code attachment-type}, {@code attachment-too-large}.
	 */
	void scan(String code, int position, String fileName, long size, InputStream content, Actor actor) {
		Dossier dossier = this.attachments.writable(code, actor);
		Checklist.Component component = checklist(dossier, this.files.ofDossier(dossier.id())).component(position);
		this.files.attachScan(dossier.id(), position, component.name(), fileName, size, content, actor.username());
		unmark(dossier.id(), position);
		this.store.keep(dossier.id());
	}

	/**
	 * Takes a document of the applicant's data store as the component's scan, instead of scanning it
	 * (Decree 61/2018 Art. 17.1 as amended by Decree 107/2021); a reason marked before is withdrawn.
	 * @throws vn.motcua.shared.DomainException those of {@link DossierAttachments#writable},
	 * {@code component-not-found}, {@code component-has-scans}, {@code applicant-document-not-chosen},
	 * {@code applicant-document-not-found}.
	 */
	void takeFromStore(String code, int position, @Nullable UUID storedId, Actor actor) {
		Dossier dossier = this.attachments.writable(code, actor);
		if (storedId == null) {
			throw new DomainException(DomainException.Kind.INVALID, "applicant-document-not-chosen");
		}
		// one at a time: a second click finds the component scanned
		this.jdbc.sql("select 1 from dossier where id = ? for update").param(dossier.id()).query().singleValue();
		Checklist.Component component = checklist(dossier, this.files.ofDossier(dossier.id())).unscanned(position);
		this.applicant.giveToDossier(dossier.id(), dossier.code(), position, component.name(), storedId, actor);
		unmark(dossier.id(), position);
	}

	/**
	 * @return the bytes of a document the checklist offers from the applicant's data store, for the
	 * official to compare with the paper shown before taking it (the look is recorded for the person).
	 * @throws vn.motcua.shared.DomainException those of {@link DossierAttachments#writable},
	 * {@code applicant-document-not-found}, {@code attachment-corrupted}.
	 */
	Uploads.File applicantDocument(String code, UUID storedId, Actor actor) {
		Dossier dossier = this.attachments.writable(code, actor);
		return this.applicant.file(dossier.id(), dossier.code(), storedId, actor);
	}

	/**
	 * Marks why a component is not scanned, or withdraws the mark ({@code reason} {@literal null}).
	 * @throws vn.motcua.shared.DomainException those of {@link DossierAttachments#writable},
	 * {@code component-not-found}, {@code component-scanned}.
	 */
	void mark(String code, int position, @Nullable Reason reason, Actor actor) {
		Dossier dossier = this.attachments.writable(code, actor);
		checklist(dossier, this.files.ofDossier(dossier.id())).markable(position);
		if (reason == null) {
			unmark(dossier.id(), position);
			return;
		}
		this.jdbc.sql("""
				insert into dossier_component_mark (dossier_id, position, reason, marked_by, marked_at) values (?, ?, ?, ?, ?)
				on conflict (dossier_id, position) do update
				  set reason = excluded.reason, marked_by = excluded.marked_by, marked_at = excluded.marked_at""")
			.params(dossier.id(), position, reason.name(), actor.username(), Timestamp.from(this.clock.instant()))
			.update();
	}

	private void unmark(UUID dossierId, int position) {
		this.jdbc.sql("delete from dossier_component_mark where dossier_id = ? and position = ?")
			.params(dossierId, position)
			.update();
	}

	private Checklist checklist(Dossier dossier, List<AttachmentView> all) {
		Map<Integer, String> required = new TreeMap<>();
		this.catalogue.procedure(dossier.intake().procedureId())
			.ifPresent(p -> p.documents().forEach((RequiredDocument d) -> required.put(d.position(), d.name())));
		Map<Integer, Integer> scans = new HashMap<>();
		all.stream().filter(a -> a.component() != null).forEach(a -> scans.merge(a.component(), 1, Integer::sum));
		Map<Integer, Reason> marks = new HashMap<>();
		this.jdbc.sql("select position, reason from dossier_component_mark where dossier_id = ?")
			.param(dossier.id())
			.query((rs, n) -> marks.put(rs.getInt(1), Reason.valueOf(rs.getString(2))))
			.list();
		return Checklist.of(required, scans, marks);
	}

}
