package vn.motcua.dossier.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.dossier.DossiersImported;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.shared.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: a few thousand dossiers over the last months at the communes in force then, and
 * some hundreds in the district era (01/2024 to 05/2025, at the district's desk and the old communes
 * with an official, all settled by 30/06/2025 but for applicants who never came back), shaped
 * like a real commune's (about 97 % on time, every action in office hours by the seeded official of
 * the step's role, most digitised and rated) and in every state (returned, refused, withdrawn,
 * waiting for a supplement, pending within time or overdue), so queues and statistics show
 * something real. Generated once, in the
 * background after start-up, from a fixed seed; then {@link DossiersImported} is published.
 */
@Component
@Profile("demo")
class DemoDossiers {

	private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

	private final DemoDossier dossier;

	private final DemoScans scans;

	private final IdentityManagement identity;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DemoCitizenDossiers citizen;

	private final int count;

	DemoDossiers(DemoDossier dossier, DemoScans scans, IdentityManagement identity, JdbcClient jdbc,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
			DemoCitizenDossiers citizen, @Value("${motcua.demo.dossiers:2500}") int count) {
		this.citizen = citizen;
		this.dossier = dossier;
		this.scans = scans;
		this.identity = identity;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
		this.count = count;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (this.count <= 0 || this.jdbc.sql("select count(*) from dossier").query(Long.class).single() > 0) {
			return;
		}
		Thread generator = new Thread(() -> generate(this.count), "demo-dossiers");
		generator.setDaemon(true);
		generator.start();
	}

	/**
	 * Generates {@code count} dossiers received over the 150 days before now and 30 % more over the
	 * district era's last 17 months, 100 per transaction.
	 */
	void generate(int count) {
		int districtEra = count * 3 / 10;
		var random = new Random(20251128);
		Instant now = this.clock.instant();
		ZoneId zone = this.clock.getZone();
		LocalDate today = LocalDate.ofInstant(now, zone);
		long started = System.nanoTime();
		DemoStaff staff = new DemoStaff(this.identity.officials(Actor.system(), null));
		generate(new DemoEra(today.minusDays(150), today.minusDays(1), now, 40), count, random, staff);
		// received until a month before the districts ended (Resolution 202/2025/QH15), when fewer filed online
		LocalDate twoTiers = UnitType.TWO_TIERS_FROM;
		generate(new DemoEra(LocalDate.of(2024, 1, 1), twoTiers.minusMonths(1).minusDays(1),
				twoTiers.atStartOfDay(zone).toInstant(), 25), districtEra, random, staff);
		this.citizen.adopt();
		log.info("Demo: {} dossiers generated in {} s", count + districtEra, (System.nanoTime() - started) / 1_000_000_000);
		this.events.publishEvent(new DossiersImported(count + districtEra));
	}

	private void generate(DemoEra era, int count, Random random, DemoStaff staff) {
		for (int done = 0; done < count; done += 100) {
			int batch = Math.min(100, count - done);
			this.transactions.executeWithoutResult(tx -> {
				this.scans.newBatch();
				for (int i = 0; i < batch; i++) {
					this.dossier.generate(random, era, this.clock.getZone(), staff);
				}
			});
		}
	}

}
