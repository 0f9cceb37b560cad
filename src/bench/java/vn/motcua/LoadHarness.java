package vn.motcua;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Directories;
import vn.motcua.shared.Role;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** What the load harnesses (not tests) share: the application they start and the official who receives. */
public final class LoadHarness {

	private LoadHarness() {
	}

	/**
	 * Starts the whole application with the demo district, no demo dossiers, on a throw-away
	 * embedded PostgreSQL (synchronous commit, as in production) and files folder, and a free port.
	 * @param arguments more {@code --name=value} arguments.
	 */
	public static ConfigurableApplicationContext start(String... arguments) throws IOException {
		Path dir = Directories.temporary("motcua-bench"); // 6 GB at 5M dossiers: once filled the disk
		List<String> all = new ArrayList<>(List.of("--spring.profiles.active=demo",
				"--motcua.embedded-db.data-dir=" + dir.resolve("pg"), "--motcua.files.dir=" + dir.resolve("files"),
				"--server.port=0", "--motcua.demo.dossiers=0", "--logging.level.root=WARN"));
		all.addAll(Arrays.asList(arguments));
		return SpringApplication.run(MotCuaApplication.class, all.toArray(String[]::new));
	}

	/**
	 * Waits until the work left to the listeners after the commits (signing each result, notifying the
	 * applicant, the rollups) is done or failed (a failure waits for its retry job): it belongs to the
	 * work that left it, and would otherwise slow down what is measured next.
	 */
	public static void drain(DataSource dataSource) throws Exception {
		long until = System.nanoTime() + 300_000_000_000L;
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			while (true) {
				try (ResultSet rs = s.executeQuery("select count(*) from event_publication where completion_date is null and status is distinct from 'FAILED'")) {
					rs.next();
					if (rs.getLong(1) == 0) {
						return;
					}
				}
				if (System.nanoTime() > until) {
					throw new IllegalStateException("listeners not done after 5 minutes");
				}
				Thread.sleep(10);
			}
		}
	}

	public static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/** A commune officer of xã Phú Lương (unit 05611), who receives dossiers at its People's Committee. */
	public static Actor phuLuongOfficer(ConfigurableApplicationContext app) {
		UUID unitId = app.getBean(OrganizationManagement.class).unitOn("05611", LocalDate.now()).orElseThrow().id();
		return TestActor.of("xa.phuluong", unitId, Role.COMMUNE_OFFICER);
	}

}
