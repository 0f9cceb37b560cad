package vn.motcua.dossier.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.dossier.DossierReceived;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fills the citizen's data store (see {@link CitizenDataStore}): when the desk receives a dossier
 * filed from an account (with the files of its online submission), scans one of its components, or
 * its result is signed: in the store the dossier's documents belong to ({@link StoreOwners}).
 */
@Service
@Transactional
public class StoreKeeper {

	private final JdbcClient jdbc;

	private final CatalogueManagement catalogue;

	private final StoreOwners owners;

	private final Clock clock;

	StoreKeeper(JdbcClient jdbc, CatalogueManagement catalogue, StoreOwners owners, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.owners = owners;
		this.clock = clock;
	}

	/**
	 * A dossier received from an account: its components, as the desk received them, before the intake
	 * commits. Only an online dossier has an account: a counter's costs no query.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void received(DossierReceived received) {
		if (received.channel() == Channel.ONLINE) {
			keep(received.dossierId());
		}
	}

	/**
	 * Keeps in the store the dossier's documents belong to its scanned components and its signed
	 * result, each once; files taken from a store are not kept again.
	 */
	public void keep(UUID dossierId) {
		Optional<UUID> account = this.owners.of(dossierId);
		if (account.isEmpty()) {
			return;
		}
		record Kept(UUID attachment, String kind, @Nullable Integer component, String name, String code, UUID procedure) {
		}
		List<Kept> files = this.jdbc.sql("""
				select a.id, a.kind, a.component, d.procedure_name, d.code, d.procedure_id
				  from dossier_attachment a join dossier d on d.id = a.dossier_id
				 where d.id = ? and a.stored_document is null
				   and ((a.kind = 'SCAN' and a.component is not null) or a.kind = 'SIGNED_RESULT')""")
			.param(dossierId)
			.query((rs, n) -> new Kept(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, Integer.class),
					rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class)))
			.list();
		if (files.isEmpty()) {
			return;
		}
		Map<Integer, String> names = this.catalogue.procedure(files.get(0).procedure())
			.map(p -> p.documents().stream().collect(Collectors.toMap(RequiredDocument::position, RequiredDocument::name)))
			.orElse(Map.of());
		for (Kept f : files) {
			boolean scan = f.component() != null;
			String name = scan ? names.getOrDefault(f.component(), f.name()) : f.name();
			this.jdbc.sql("""
					insert into citizen_document (id, citizen_id, document_name, kind, attachment_id, dossier_code, stored_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (citizen_id, attachment_id) do nothing""")
				.params(UUID.randomUUID(), account.get(), name, scan ? "SCAN" : "RESULT", f.attachment(), f.code(),
						Timestamp.from(this.clock.instant()))
				.update();
		}
	}

}
