package vn.motcua.dossier.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.shared.Uploads;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
/**
 * A demo dossier's digitisation checklist: every component of an online dossier scanned; at the
 * counter nine in ten dossiers whole, the tenth with its last component only shown (one small PDF
 * shared by all, stored once per run).
 */
@Component
@Profile("demo")
class DemoScans {

	private static final byte[] SCAN = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private final CatalogueManagement catalogue;

	private final Map<UUID, List<RequiredDocument>> documents = new ConcurrentHashMap<>();

	private Uploads.@Nullable Stored scan;

	DemoScans(JdbcClient jdbc, Uploads uploads, CatalogueManagement catalogue) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.catalogue = catalogue;
	}

	/** Forgets the stored scan: each batch (its own transaction, whose rollback removes its files) stores its own. */
	void newBatch() {
		this.scan = null;
	}

	void digitise(Dossier d, Random random, OfficeTime time) {
		List<RequiredDocument> required = this.documents.computeIfAbsent(d.intake().procedureId(),
				id -> this.catalogue.procedure(id).map(ProcedureView::documents).orElse(List.of()));
		boolean whole = d.intake().channel() == Channel.ONLINE || random.nextInt(10) != 0;
		Instant at = time.after(d.intake().receivedAt(), Duration.ofMinutes(5 + random.nextInt(25)));
		if (required.isEmpty()) {
			if (whole) {
				file(d, at, "Thành phần hồ sơ (bản số hóa).pdf", null, null);
			}
			return;
		}
		this.jdbc.sql("update dossier set required_components = ? where id = ?").params(required.size(), d.id()).update();
		for (RequiredDocument document : required) {
			if (whole || document != required.get(required.size() - 1)) {
				String name = document.name();
				file(d, at, (name.length() > 200 ? name.substring(0, 200) + "…" : name) + ".pdf", document.position(), name);
			}
			else {
				this.jdbc.sql("""
						insert into dossier_component_mark (dossier_id, position, reason, marked_by, marked_at)
						values (?, ?, 'ORIGINAL_SHOWN', ?, ?)""")
					.params(d.id(), document.position(), d.intake().receivedBy(), Timestamp.from(at))
					.update();
			}
		}
	}

	private void file(Dossier d, Instant at, String fileName, @Nullable Integer component, @Nullable String documentName) {
		if (this.scan == null) {
			this.scan = this.uploads.store("ho-so-so-hoa.pdf", SCAN.length, new ByteArrayInputStream(SCAN));
		}
		this.jdbc.sql("""
				insert into dossier_attachment (id, dossier_id, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at, kind, document_name, component) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), d.id(), fileName, this.scan.contentType(), this.scan.size(), this.scan.sha256(),
					this.scan.path(), d.intake().receivedBy(), Timestamp.from(at), component == null ? null : "SCAN",
					documentName, component)
			.update();
	}

}
