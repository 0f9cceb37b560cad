package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.Deadline;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: a few thousand dossiers over the last months at the units in force then, in every
 * state (returned early, on time or late; refused; withdrawn; waiting for a supplement; pending
 * within time or overdue), so queues and statistics show something real. Generated once, in the
 * background after start-up, from a fixed seed.
 */
@Component
@Profile("demo")
class DemoDossiers {

	private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

	private static final String[] NAMES = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
			"Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải", "Bùi Thị Hạnh", "Đỗ Văn Khoa", "Ngô Thị Lan", "Dương Văn Minh",
			"Lý Thị Ngọc", "Ma Văn Phúc", "Hà Thị Quyên", "Triệu Văn Sơn", "La Thị Thu" };

	private final DossierRepository dossiers;

	private final DossierCodes codes;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int count;

	private final ApplicationEventPublisher events;

	DemoDossiers(DossierRepository dossiers, DossierCodes codes, CatalogueManagement catalogue,
			OrganizationManagement organization, CalendarManagement calendar, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock, @Value("${motcua.demo.dossiers:2500}") int count,
			ApplicationEventPublisher events) {
		this.dossiers = dossiers;
		this.codes = codes;
		this.catalogue = catalogue;
		this.organization = organization;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.count = count;
		this.events = events;
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

	/** Generates {@code count} dossiers received over the 150 days before now. */
	void generate(int count) {
		var random = new Random(20251128);
		Instant now = this.clock.instant();
		long started = System.nanoTime();
		for (int done = 0; done < count; done += 100) {
			int batch = Math.min(100, count - done);
			this.transactions.executeWithoutResult(tx -> {
				for (int i = 0; i < batch; i++) {
					one(random, now);
				}
			});
		}
		log.info("Demo: {} dossiers generated in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
		this.events.publishEvent(new DossiersImported(count));
	}

	private void one(Random random, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		LocalDate day = today.minusDays(1 + random.nextInt(150));
		while (!this.calendar.isWorkingDay(day, null)) {
			day = day.minusDays(1);
		}
		Instant received = day.atTime(LocalTime.of(7, 30).plusMinutes(random.nextInt(9 * 60)))
			.atZone(this.clock.getZone())
			.toInstant();
		List<AgencyView> agencies = receivingAgencies(day);
		List<ProcedureView> procedures = this.catalogue.search(null, day);
		if (agencies.isEmpty() || procedures.isEmpty() || received.isAfter(now)) {
			return;
		}
		AgencyView agency = agencies.get(random.nextInt(agencies.size()));
		ProcedureView procedure = this.catalogue.procedure(procedures.get(random.nextInt(procedures.size())).id())
			.orElseThrow();
		Channel channel = random.nextInt(10) < 3 ? Channel.ONLINE : Channel.DIRECT;
		Deadline deadline = this.calendar.deadline(received, procedure.timeLimit(), procedure.timeUnit(), channel,
				agency.unitId(), List.of());
		Intake intake = new Intake(procedure.id(), procedure.code(), procedure.name(), agency.id(), agency.code(),
				agency.unitId(), channel, applicant(random), received, deadline.countFrom().toInstant(),
				procedure.timeLimit(), procedure.timeUnit(), deadline.ruleVersion(), deadline.clockStopMode(), "demo",
				"DEMO%04d".formatted(random.nextInt(10000)));
		Actor actor = demoActor(agency.unitId());
		CalendarSchedule schedule = new CalendarSchedule(this.calendar, intake);
		Dossier dossier = Dossier.receive(this.codes.next(agency.id(), agency.code(), day), intake,
				deadline.dueAt().toInstant(), this.catalogue.processFor(procedure.id(), agency.id())
					.stream()
					.map(s -> new DossierStep(s.position(), s.name(), s.role(), s.shareHours(), null, null, null, null, null,
							null, null))
					.toList(),
				schedule, actor);
		this.dossiers.insert(dossier);
		fate(dossier, random, now, actor, schedule);
		this.dossiers.update(dossier);
	}

	/** Moves the dossier on as real ones go, never past now. */
	private void fate(Dossier d, Random random, Instant now, Actor actor, CalendarSchedule schedule) {
		Instant received = d.intake().receivedAt();
		Instant due = d.dueAt() == null ? received : d.dueAt();
		long span = Math.max(Duration.ofHours(1).toSeconds(), Duration.between(received, due).toSeconds());
		int roll = random.nextInt(100);
		// resolved at 30 %–140 % of the time limit: most early or on time, some late
		Instant finish = received.plusSeconds((long) (span * (0.3 + random.nextDouble() * 1.1)));
		if (roll < 4 && received.plusSeconds(span / 3).isBefore(now)) {
			d.refuse("Hồ sơ không đủ điều kiện theo quy định", actor, received.plusSeconds(span / 3));
			return;
		}
		if (roll < 7 && received.plusSeconds(span / 4).isBefore(now)) {
			d.withdraw("Người nộp xin rút hồ sơ", actor, received.plusSeconds(span / 4));
			return;
		}
		if (roll < 15 && received.plusSeconds(span / 5).isBefore(now)) {
			Instant stop = received.plusSeconds(span / 5);
			d.requestSupplement("Đề nghị bổ sung giấy tờ còn thiếu", actor, stop);
			Instant back = stop.plus(Duration.ofDays(2 + random.nextInt(6)));
			if (back.isAfter(now) || random.nextInt(4) == 0) { // some applicants never come back
				return;
			}
			d.supplementReceived(null, actor, back, schedule);
			finish = back.plusSeconds((long) (span * (0.3 + random.nextDouble())));
		}
		int steps = d.steps().size();
		for (int step = 1; step < steps; step++) {
			Instant at = between(d, finish, step, steps);
			if (at.isAfter(now)) {
				return;
			}
			d.completeStep(null, actor, at);
		}
		if (finish.isAfter(now)) {
			return;
		}
		d.resolve(null, actor, finish);
		Instant handed = finish.plus(Duration.ofHours(2 + random.nextInt(48)));
		if (random.nextInt(10) < 8 && handed.isBefore(now)) {
			d.returnResult(null, actor, handed);
		}
	}

	private static Instant between(Dossier d, Instant finish, int step, int steps) {
		Instant start = d.stops().isEmpty() ? d.intake().receivedAt() : d.stops().get(d.stops().size() - 1).resumedAt();
		return start.plusSeconds(Duration.between(start, finish).toSeconds() * step / steps);
	}

	private List<AgencyView> receivingAgencies(LocalDate day) {
		return this.organization.agenciesOn(day, null)
			.stream()
			.filter(a -> a.kind() == AgencyKind.ONE_STOP_DESK || (a.kind() == AgencyKind.PEOPLES_COMMITTEE
					&& this.organization.unit(a.unitId()).map(u -> u.type().isGrassroots()).orElse(false)))
			.toList();
	}

	private static Applicant applicant(Random random) {
		String phone = "09%08d".formatted(random.nextInt(100_000_000));
		return new Applicant(NAMES[random.nextInt(NAMES.length)], "0191%08d".formatted(random.nextInt(100_000_000)), phone,
				null, "Thái Nguyên");
	}

	private static Actor demoActor(UUID unitId) {
		return new Actor() {

			@Override
			public String username() {
				return "demo";
			}

			@Override
			public @Nullable UUID unitId() {
				return unitId;
			}

			@Override
			public boolean hasRole(Role role) {
				return true;
			}

		};
	}

}
