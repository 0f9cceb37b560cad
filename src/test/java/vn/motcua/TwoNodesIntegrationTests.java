package vn.motcua;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL, driven at once: no dossier code given twice, no lost
 * update (of two nodes acting on the same version, one wins and the other is told), and a session
 * begun on one node is valid on the other. Node A owns the embedded database; node B reaches it as
 * an external one, with the application role's generated password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

	private static final String INTAKE = """
			{"procedureCode":"1.001193","agencyCode":"000.41.00.H55","channel":"DIRECT",
			 "applicant":{"fullName":"Người Hai Nút %d","phone":"0912 000 %03d"}}""";

	/** Both nodes' files and the database, deleted after the tests. */
	@TempDir
	static Path dataDir;

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	@BeforeAll
	void start() throws Exception {
		String clock = "--motcua.clock.fixed=" + MotCuaTest.NOW;
		this.a = SpringApplication.run(MotCuaApplication.class, "--spring.profiles.active=demo", "--server.port=0",
				"--motcua.embedded-db.data-dir=" + dataDir.resolve("pg"), "--motcua.demo.password=" + MotCuaTest.PASSWORD,
				"--motcua.demo.dossiers=0", "--motcua.files.dir=" + dataDir.resolve("files"), clock,
				"--logging.level.root=WARN");
		int dbPort = this.a.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class).getPort();
		var credentials = new Properties();
		try (Reader reader = Files.newBufferedReader(dataDir.resolve("pg").resolve("motcua.credentials"))) {
			credentials.load(reader);
		}
		this.b = SpringApplication.run(MotCuaApplication.class, "--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
				"--spring.datasource.username=motcua", "--spring.datasource.password=" + credentials.getProperty("app.password"),
				"--motcua.files.dir=" + dataDir.resolve("files"), clock, "--logging.level.root=WARN",
				"--motcua.admin.password-file=" + dataDir.resolve("admin.txt"));
	}

	@AfterAll
	void stop() {
		if (this.b != null) {
			this.b.close();
		}
		if (this.a != null) {
			this.a.close();
		}
	}

	@Test
	void intakesOnBothNodesAtOnceGetDistinctCodesAndOneOfTwoRacingActionsWins() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Callable<String>> intakes = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Http desk = Http.basic(port(i % 2 == 0 ? this.a : this.b), "xa.phuluong", MotCuaTest.PASSWORD);
			int n = i;
			intakes.add(() -> {
				Http.Response received = desk.postJson("/api/v1/dossiers", INTAKE.formatted(n, n));
				assertThat(received.status()).as(received.body()).isEqualTo(201);
				return received.json("$.code");
			});
		}
		List<String> codes = new ArrayList<>();
		for (Future<String> code : pool.invokeAll(intakes)) {
			codes.add(code.get());
		}
		assertThat(new HashSet<>(codes)).hasSize(40);

		String code = codes.get(0);
		int version = Http.basic(port(this.a), "xa.phuluong", MotCuaTest.PASSWORD).get("/api/v1/dossiers/" + code)
			.<Integer>json("$.version");
		List<Callable<Integer>> racing = new ArrayList<>();
		for (ConfigurableApplicationContext node : List.of(this.a, this.b)) {
			Http desk = Http.basic(port(node), "xa.phuluong", MotCuaTest.PASSWORD);
			racing.add(() -> desk.postJson("/api/v1/dossiers/" + code + "/transitions",
					"{\"action\":\"REQUEST_SUPPLEMENT\",\"note\":\"Thiếu giấy tờ\",\"version\":" + version + "}").status());
		}
		List<Integer> answers = new ArrayList<>();
		for (Future<Integer> answer : pool.invokeAll(racing)) {
			answers.add(answer.get());
		}
		pool.shutdown();
		assertThat(answers).containsExactlyInAnyOrder(200, 409);
		assertThat(this.a.getBean(JdbcClient.class)
			.sql("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id"
					+ " where d.code = ? and e.action = 'REQUEST_SUPPLEMENT'")
			.param(code)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSessionBegunOnOneNodeIsValidOnTheOther() {
		Http onA = Http.session(port(this.a), "lanhdao.thainguyen", MotCuaTest.PASSWORD);
		String cookie = onA.cookie("SESSION");
		assertThat(cookie).isNotEmpty();
		Http.Response onB = Http.anonymous(port(this.b)).with("Cookie", "SESSION=" + cookie).get("/quan-tri");
		assertThat(onB.status()).isEqualTo(200);
		assertThat(onB.text()).contains("Bế Văn Thịnh");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

}
