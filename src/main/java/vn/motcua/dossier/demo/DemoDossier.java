package vn.motcua.dossier.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.Deadline;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.intake.DossierCodes;
import vn.motcua.dossier.processing.CalendarSchedule;
import vn.motcua.dossier.processing.DossierRepository;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * One demo dossier: received on a random working day of the last 150 at a desk in force then, for
 * a procedure in force then, and moved on as real ones go ({@link DemoFates}).
 */
@Component
@Profile("demo")
class DemoDossier {

	private final DossierRepository dossiers;

	private final DossierCodes codes;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	DemoDossier(DossierRepository dossiers, DossierCodes codes, CatalogueManagement catalogue,
			OrganizationManagement organization, CalendarManagement calendar) {
		this.dossiers = dossiers;
		this.codes = codes;
		this.catalogue = catalogue;
		this.organization = organization;
		this.calendar = calendar;
	}

	void generate(Random random, Instant now, ZoneId zone) {
		LocalDate day = LocalDate.ofInstant(now, zone).minusDays(1 + random.nextInt(150));
		while (!this.calendar.isWorkingDay(day, null)) {
			day = day.minusDays(1);
		}
		Instant received = day.atTime(LocalTime.of(7, 30).plusMinutes(random.nextInt(9 * 60))).atZone(zone).toInstant();
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
				agency.unitId(), channel, DemoPeople.applicant(random), received, deadline.countFrom().toInstant(),
				procedure.timeLimit(), procedure.timeUnit(), deadline.ruleVersion(), deadline.clockStopMode(), "demo",
				"DEMO%04d".formatted(random.nextInt(10000)));
		store(day, intake, deadline, agency, random, now);
	}

	private void store(LocalDate day, Intake intake, Deadline deadline, AgencyView agency, Random random, Instant now) {
		Actor actor = DemoPeople.official(agency.unitId());
		CalendarSchedule schedule = new CalendarSchedule(this.calendar, intake);
		List<DossierStep> steps = this.catalogue.processFor(intake.procedureId(), agency.id())
			.stream()
			.map(s -> DossierStep.planned(s.position(), s.name(), s.role(), s.shareHours(), null))
			.toList();
		Dossier dossier = Dossier.receive(this.codes.next(agency.id(), agency.code(), day), intake,
				deadline.dueAt().toInstant(), steps, schedule, actor);
		this.dossiers.insert(dossier);
		DemoFates.moveOn(dossier, random, now, actor, schedule);
		this.dossiers.update(dossier);
	}

	private List<AgencyView> receivingAgencies(LocalDate day) {
		return this.organization.agenciesOn(day, null)
			.stream()
			.filter(a -> a.kind() == AgencyKind.ONE_STOP_DESK || (a.kind() == AgencyKind.PEOPLES_COMMITTEE
					&& this.organization.unit(a.unitId()).map(u -> u.type().isGrassroots()).orElse(false)))
			.toList();
	}

}
