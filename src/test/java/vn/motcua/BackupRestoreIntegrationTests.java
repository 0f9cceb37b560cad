package vn.motcua;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's backup and restore: dossiers with files, a backup taken over the API while intakes go
 * on, then the application started from the backup alone (a fresh data directory and files
 * directory): every dossier of before the backup is there whole, every file with its checksum, the
 * audit chain verifies, and the application works on.
 */
class BackupRestoreIntegrationTests {

	private static final String SCAN = "%%PDF-1.4\n%% bản quét số %d\n%%%%EOF\n";

	private static final String INTAKE = """
			{"procedureCode":"1.001193","agencyCode":"000.41.00.H55","channel":"DIRECT",
			 "applicant":{"fullName":"Người Sao Lưu %d","phone":"0912 222 %03d"}}""";

	@TempDir
	Path dir;

	@Test
	void anApplicationStartedFromABackupHasEveryDossierAndFileOfBeforeItWhole() throws Exception {
		Map<String, String> filesBefore;
		List<String> dossiersBefore;
		Path backup;
		List<String> after = new java.util.concurrent.CopyOnWriteArrayList<>();
		try (ConfigurableApplicationContext app = start(this.dir.resolve("pg"), this.dir.resolve("files"))) {
			Http desk = Http.basic(port(app), "xa.phuluong", MotCuaTest.PASSWORD);
			for (int i = 0; i < 6; i++) {
				String code = desk.postJson("/api/v1/dossiers", INTAKE.formatted(i, i)).json("$.code");
				byte[] scan = SCAN.formatted(i).getBytes(StandardCharsets.UTF_8);
				assertThat(desk.postFile("/api/v1/dossiers/" + code + "/attachments", "ban-quet-" + i + ".pdf", scan).status())
					.isEqualTo(201);
			}
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			dossiersBefore = jdbc.sql("select code from dossier order by code").query(String.class).list();
			filesBefore = files(jdbc);
			assertThat(filesBefore).hasSize(6);

			AtomicBoolean busy = new AtomicBoolean(true); // intakes go on while the backup is taken
			ExecutorService load = Executors.newSingleThreadExecutor();
			Future<?> intakes = load.submit(() -> {
				for (int i = 100; busy.get(); i++) {
					after.add(desk.postJson("/api/v1/dossiers", INTAKE.formatted(i, i)).json("$.code"));
				}
			});
			Http.Response taken = Http.basic(port(app), "admin", MotCuaTest.PASSWORD).postJson("/api/v1/admin/backups", "");
			busy.set(false);
			intakes.get();
			load.shutdown();
			assertThat(taken.status()).as(taken.body()).isEqualTo(201);
			backup = Path.of(taken.<String>json("$.directory"));
			assertThat(backup.getParent()).isEqualTo(this.dir.resolve("backups"));
			assertThat(desk.postJson("/api/v1/admin/backups", "").status()).isEqualTo(403);
		}

		try (ConfigurableApplicationContext restored = start(backup.resolve("pg"), backup.resolve("files"))) {
			JdbcClient jdbc = restored.getBean(JdbcClient.class);
			List<String> dossiers = jdbc.sql("select code from dossier order by code").query(String.class).list();
			assertThat(dossiers).containsAll(dossiersBefore);
			assertThat(dossiers.size()).isLessThanOrEqualTo(dossiersBefore.size() + after.size());
			assertThat(jdbc.sql("""
					select count(*) from dossier d where d.status <> (select e.to_status from dossier_event e
					where e.dossier_id = d.id order by e.id desc limit 1)""").query(Integer.class).single()).isZero();
			Map<String, String> restoredFiles = files(jdbc);
			assertThat(restoredFiles).containsAllEntriesOf(filesBefore);
			for (Map.Entry<String, String> file : restoredFiles.entrySet()) {
				byte[] bytes = Files.readAllBytes(backup.resolve("files").resolve(file.getKey()));
				assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).as(file.getKey())
					.isEqualTo(file.getValue());
			}
			Http admin = Http.basic(port(restored), "admin", MotCuaTest.PASSWORD);
			assertThat(admin.postJson("/api/v1/audit/verification", "").<Boolean>json("$.valid")).isTrue();
			Http desk = Http.basic(port(restored), "xa.phuluong", MotCuaTest.PASSWORD);
			assertThat(desk.get("/api/v1/dossiers/" + dossiersBefore.get(0)).status()).isEqualTo(200);
			assertThat(desk.postJson("/api/v1/dossiers", INTAKE.formatted(999, 999)).status()).isEqualTo(201);
		}
	}

	private ConfigurableApplicationContext start(Path data, Path files) {
		return SpringApplication.run(MotCuaApplication.class, "--spring.profiles.active=demo", "--server.port=0",
				"--motcua.embedded-db.data-dir=" + data, "--motcua.files.dir=" + files,
				"--motcua.backup.dir=" + this.dir.resolve("backups"), "--motcua.demo.password=" + MotCuaTest.PASSWORD,
				"--motcua.demo.dossiers=0", "--motcua.clock.fixed=" + MotCuaTest.NOW, "--logging.level.root=WARN",
				"--motcua.admin.password-file=" + this.dir.resolve("admin.txt"));
	}

	/** @return every attachment's storage path and its recorded checksum. */
	private static Map<String, String> files(JdbcClient jdbc) {
		Map<String, String> files = new java.util.TreeMap<>();
		jdbc.sql("select storage_path, sha256 from dossier_attachment")
			.query((row, n) -> files.put(row.getString(1), row.getString(2)))
			.list();
		return files;
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
