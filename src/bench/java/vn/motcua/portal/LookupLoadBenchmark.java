package vn.motcua.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.motcua.LoadHarness;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.dossier.intake.IntakeRequest.ApplicantRequest;
import vn.motcua.dossier.intake.ReceiveDossier;
import vn.motcua.shared.Actor;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load harness (not a test): public dossier lookups per second and their latency over HTTP at 64
 * concurrent connections, driven by {@code wrk} (Debian package) against the whole application on
 * an embedded PostgreSQL. The lookups rotate over 2,000 dossiers, each with its code and the last
 * four digits of its applicant's phone, so every request does the real work.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" vn.motcua.portal.LookupLoadBenchmark [seconds]</pre>
 */
public final class LookupLoadBenchmark {

	private static final int DOSSIERS = 2_000;

	private LookupLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		ConfigurableApplicationContext app = LoadHarness.start("--spring.datasource.hikari.maximum-pool-size=20");
		try {
			int port = LoadHarness.port(app);
			ReceiveDossier dossiers = app.getBean(ReceiveDossier.class);
			Actor officer = LoadHarness.phuLuongOfficer(app);
			List<String> paths = IntStream.range(0, DOSSIERS).parallel().mapToObj(i -> {
				String phone = "0912%06d".formatted(i);
				String code = dossiers.receive(new IntakeRequest("2.001035", "000.41.00.H55", Channel.DIRECT,
						new ApplicantRequest("Người Tra Cứu " + i, null, phone, null, null)), officer).code();
				return "/api/v1/public/dossiers/" + code + "?phoneLast4=" + phone.substring(phone.length() - 4);
			}).toList();
			Path script = Files.createTempFile("lookups", ".lua");
			Files.writeString(script, """
					paths = { %s }
					counter = 0
					request = function()
					  counter = counter + 1
					  return wrk.format("GET", paths[(counter %% #paths) + 1])
					end
					response = function(status, headers, body)
					  if status ~= 200 then error("status " .. status) end
					end
					""".formatted(paths.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "))));
			String url = "http://localhost:" + port;
			run("wrk", "-t2", "-c64", "-d10s", "-s", script.toString(), url); // warm-up: the JIT compiles here
			run("wrk", "-t2", "-c64", "-d" + seconds + "s", "--latency", "-s", script.toString(), url);
		}
		finally {
			app.close();
		}
	}

	private static void run(String... command) throws Exception {
		System.out.println("$ " + String.join(" ", command));
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed");
		}
	}

}
