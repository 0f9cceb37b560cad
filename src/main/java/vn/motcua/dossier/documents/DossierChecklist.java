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
import vn.motcua.dossier.store.StoreKeeper;
import vn.motcua.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digitisation checklist of a dossier (see {@link Checklist}): its components are the required
 * documents of the procedure version it was received under; officials of its scope scan them or
 * mark why not, while it is open.
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

	private final Clock clock;

	DossierChecklist(DossierReader dossiers, DossierAttachments attachments, AttachmentStore files,
			CatalogueManagement catalogue, JdbcClient jdbc, StoreKeeper store, Clock clock) {
		this.dossiers = dossiers;
		this.attachments = attachments;
		this.files = files;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
	}

	/** A component as shown: where it stands and its files in order. */
	public record ComponentView(int position, String name, Checklist.State state, @Nullable Reason reason,
			List<AttachmentView> files) {
	}

	/**
	 * @param digitised whether the dossier counts as digitised (Decision 766); {@literal null} for one
	 * received before the checklist, which the statistics count by «has a file» ({@code dossier_fact}).
	 */
	public record ChecklistView(@Nullable Boolean digitised, List<ComponentView> components) {

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
		return new ChecklistView(withChecklist ? checklist.digitised() : null, checklist.components().stream()
			.map(c -> new ComponentView(c.position(), c.name(), c.state(), c.reason(), all.stream()
				.filter(a -> Integer.valueOf(c.position()).equals(a.component())).toList()))
			.toList());
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
