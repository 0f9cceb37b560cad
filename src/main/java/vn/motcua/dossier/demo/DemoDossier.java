package vn.motcua.dossier.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.Deadline;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.Desk;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.intake.DossierCodes;
import vn.motcua.dossier.intake.PaperTransfer;
import vn.motcua.dossier.processing.CalendarSchedule;
import vn.motcua.dossier.processing.DossierRepository;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * One demo dossier: received in office hours on a working day of a {@link DemoEra} at a desk in force
 * then, for a procedure of its level ({@link DemoDesks}), by its desk officer; online for the era's share, moved
 * on as real ones go ({@link DemoFates}); digitised ({@link DemoScans}), its result rated ({@link DemoRecords}).
 */
@Component
@Profile("demo")
class DemoDossier {

	private final DossierRepository dossiers;

	private final DossierCodes codes;

	private final CatalogueManagement catalogue;

	private final CalendarManagement calendar;

	private final DemoRecords records;

	private final DemoScans scans;

	private final DemoDesks desks;


	DemoDossier(DossierRepository dossiers, DossierCodes codes, CatalogueManagement catalogue,
			CalendarManagement calendar, DemoRecords records, DemoScans scans, DemoDesks desks) {
		this.dossiers = dossiers;
		this.codes = codes;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.records = records;
		this.scans = scans;
		this.desks = desks;
	}

	void generate(Random random, DemoEra era, ZoneId zone, DemoStaff staff) {
		LocalDate day = era.day(random, d -> this.calendar.isWorkingDay(d, null));
		DemoDesks.Counter counter = this.desks.counter(day, staff, random).orElse(null);
		if (counter == null) {
			return;
		}
		OfficeTime time = new OfficeTime(this.calendar, counter.agency().unitId());
		Instant received = time.someMomentOf(day, zone, random);
		if (received.isAfter(era.horizon())) {
			return;
		}
		Received r = receive(counter, this.desks.competent(counter, day, staff, random), received, era, staff, random);
		Dossier dossier = store(day, r.intake(), r.deadline(), counter.agency(), r.desk());
		Instant handed = new DemoFates(random, era.horizon(), staff, new CalendarSchedule(this.calendar, r.intake()), time)
			.moveOn(dossier);
		this.dossiers.update(dossier);
		this.scans.digitise(dossier, random, time);
		this.records.rate(dossier, handed, random, era.horizon());
	}

	/** @return what is fixed at receipt, by a desk officer of {@code counter}, for the competent agency. */
	private Received receive(DemoDesks.Counter counter, DemoDesks.Counter competent, Instant received, DemoEra era,
			DemoStaff staff, Random random) {
		AgencyView agency = competent.agency();
		Desk receiving = agency == counter.agency() ? null : PaperTransfer.desk(counter.agency(), received, this.calendar);
		ProcedureView procedure = this.catalogue.procedure(DemoDesks.pick(competent.procedures(), random).id()).orElseThrow();
		Channel channel = random.nextInt(100) < era.onlinePercent() ? Channel.ONLINE : Channel.DIRECT;
		Deadline deadline = this.calendar.deadline(received, procedure.timeLimit(), procedure.timeUnit(), channel,
				procedure.receiptRules(), agency.unitId(), List.of());
		Actor desk = staff.holding(counter.agency().unitId(), Role.RECEPTION, random);
		return new Received(new Intake(procedure.id(), procedure.code(), procedure.name(), agency.id(), agency.code(),
				agency.unitId(), channel, DemoPeople.applicant(random, counter.place()), received,
				deadline.countFrom().toInstant(), procedure.timeLimit(), procedure.timeUnit(), procedure.receiptRules(),
				deadline.ruleVersion(), deadline.clockStopMode(), desk.username(), "DEMO%04d".formatted(random.nextInt(10000)),
				receiving), deadline, desk);
	}

	private record Received(Intake intake, Deadline deadline, Actor desk) {
	}

	/** Stores the dossier under the code of the desk that received it, with the competent agency's process. */
	private Dossier store(LocalDate day, Intake intake, Deadline deadline, AgencyView deskAgency, Actor desk) {
		CalendarSchedule schedule = new CalendarSchedule(this.calendar, intake);
		List<DossierStep> steps = this.catalogue.processFor(intake.procedureId(), intake.agencyId())
			.stream()
			.map(s -> DossierStep.planned(s.position(), s.name(), s.role(), s.shareHours(), null))
			.toList();
		Dossier dossier = Dossier.receive(this.codes.next(deskAgency.id(), deskAgency.code(), day), intake,
				deadline.dueAt().toInstant(), steps, schedule, desk);
		this.dossiers.insert(dossier);
		return dossier;
	}

}
