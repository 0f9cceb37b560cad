package vn.motcua.dossier.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.shared.Uploads;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a demo dossier leaves besides its history: the scanned file that makes it digitised (every
 * online dossier, nine in ten at the counter; one small PDF shared by all, stored once per run)
 * and the applicant's rating of a returned result (about nine in ten, mostly «very satisfied»).
 */
@Component
@Profile("demo")
class DemoRecords {

	private static final byte[] SCAN = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	private static final String[] COMMENTS = { "Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn.",
			"Thủ tục nhanh gọn.", "Hài lòng.", "Nộp trực tuyến tiện, không phải đi lại nhiều." };

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private Uploads.@Nullable Stored scan;

	DemoRecords(JdbcClient jdbc, Uploads uploads) {
		this.jdbc = jdbc;
		this.uploads = uploads;
	}

	/** Forgets the stored scan: each batch (its own transaction, whose rollback removes its files) stores its own. */
	void newBatch() {
		this.scan = null;
	}

	void digitise(Dossier d, Random random, OfficeTime time) {
		if (d.intake().channel() != Channel.ONLINE && random.nextInt(10) == 0) {
			return;
		}
		if (this.scan == null) {
			this.scan = this.uploads.store("ho-so-so-hoa.pdf", SCAN.length, new ByteArrayInputStream(SCAN));
		}
		Instant at = time.after(d.intake().receivedAt(), Duration.ofMinutes(5 + random.nextInt(25)));
		this.jdbc.sql("""
				insert into dossier_attachment (id, dossier_id, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), d.id(), "Thành phần hồ sơ (bản số hóa).pdf", this.scan.contentType(),
					this.scan.size(), this.scan.sha256(), this.scan.path(), d.intake().receivedBy(), Timestamp.from(at))
			.update();
	}

	void rate(Dossier d, @Nullable Instant handed, Random random, Instant now) {
		if (handed == null || random.nextInt(10) == 0) {
			return;
		}
		Instant at = handed.plus(Duration.ofMinutes(2 + random.nextInt(20)));
		if (at.isAfter(now)) {
			return;
		}
		int roll = random.nextInt(100);
		int score = roll < 72 ? 5 : roll < 93 ? 4 : roll < 98 ? 3 : 2;
		this.jdbc.sql("insert into dossier_rating (dossier_id, score, comment, rated_at, channel) values (?, ?, ?, ?, ?)")
			.params(d.id(), score, score == 5 && random.nextInt(4) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null,
					Timestamp.from(at), random.nextBoolean() ? "LOOKUP" : "ACCOUNT")
			.update();
	}

}
