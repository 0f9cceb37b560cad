package vn.motcua.dossier.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.WorkingHoursView;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureLevel;
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
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * One demo dossier: received inside office hours on a random working day of the last 150 at the
 * one-stop desk of a commune in force then (by its desk officer), for a commune procedure of the
 * catalogue in force then (chosen at run time, never by code; civil status and certification the
 * most frequent, as at a real desk), online for about 40 %, and moved on as real ones go
 * ({@link DemoFates}); most are digitised, most returned results rated ({@link DemoRecords}).
 */
@Component
@Profile("demo")
class DemoDossier {

	private final DossierRepository dossiers;

	private final DossierCodes codes;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	private final DemoRecords records;

	DemoDossier(DossierRepository dossiers, DossierCodes codes, CatalogueManagement catalogue,
			OrganizationManagement organization, CalendarManagement calendar, DemoRecords records) {
		this.dossiers = dossiers;
		this.codes = codes;
		this.catalogue = catalogue;
		this.organization = organization;
		this.calendar = calendar;
		this.records = records;
	}

	void generate(Random random, Instant now, ZoneId zone, DemoStaff staff) {
		LocalDate day = LocalDate.ofInstant(now, zone).minusDays(1 + random.nextInt(150));
		while (!this.calendar.isWorkingDay(day, null)) {
			day = day.minusDays(1);
		}
		List<AgencyView> agencies = receivingDesks(day, staff);
		List<ProcedureView> procedures = communeProcedures(day);
		if (agencies.isEmpty() || procedures.isEmpty()) {
			return;
		}
		AgencyView agency = agencies.get(random.nextInt(agencies.size()));
		WorkingHoursView hours = this.calendar.workingHours(agency.unitId());
		OfficeTime time = new OfficeTime(this.calendar, agency.unitId());
		Instant opens = day.atTime(hours.morningStart()).atZone(zone).toInstant();
		Instant received = time.after(opens, Duration.ofMinutes(random.nextInt(7 * 60)));
		if (received.isAfter(now)) {
			return;
		}
		ProcedureView procedure = this.catalogue.procedure(pick(procedures, random).id()).orElseThrow();
		Channel channel = random.nextInt(100) < 40 ? Channel.ONLINE : Channel.DIRECT;
		Deadline deadline = this.calendar.deadline(received, procedure.timeLimit(), procedure.timeUnit(), channel,
				agency.unitId(), List.of());
		Actor desk = staff.holding(agency.unitId(), Role.RECEPTION, random);
		String unitName = this.organization.unit(agency.unitId()).map(UnitView::name).orElse("");
		Intake intake = new Intake(procedure.id(), procedure.code(), procedure.name(), agency.id(), agency.code(),
				agency.unitId(), channel, DemoPeople.applicant(random, unitName), received,
				deadline.countFrom().toInstant(), procedure.timeLimit(), procedure.timeUnit(), deadline.ruleVersion(),
				deadline.clockStopMode(), desk.username(), "DEMO%04d".formatted(random.nextInt(10000)));
		Dossier dossier = store(day, intake, deadline, agency, desk);
		Instant handed = new DemoFates(random, now, staff, new CalendarSchedule(this.calendar, intake), time)
			.moveOn(dossier);
		this.dossiers.update(dossier);
		this.records.digitise(dossier, random, time);
		this.records.rate(dossier, handed, random, now);
	}

	private Dossier store(LocalDate day, Intake intake, Deadline deadline, AgencyView agency, Actor desk) {
		CalendarSchedule schedule = new CalendarSchedule(this.calendar, intake);
		List<DossierStep> steps = this.catalogue.processFor(intake.procedureId(), agency.id())
			.stream()
			.map(s -> DossierStep.planned(s.position(), s.name(), s.role(), s.shareHours(), null))
			.toList();
		Dossier dossier = Dossier.receive(this.codes.next(agency.id(), agency.code(), day), intake,
				deadline.dueAt().toInstant(), steps, schedule, desk);
		this.dossiers.insert(dossier);
		return dossier;
	}

	/** @return each staffed commune's one-stop desk in force on {@code day} (its people's committee without one). */
	private List<AgencyView> receivingDesks(LocalDate day, DemoStaff staff) {
		List<AgencyView> grassroots = this.organization.agenciesOn(day, null)
			.stream()
			.filter(a -> staff.staffs(a.unitId()))
			.filter(a -> this.organization.unit(a.unitId()).map(u -> u.type().isGrassroots()).orElse(false))
			.toList();
		return grassroots.stream()
			.filter(a -> a.kind() == AgencyKind.ONE_STOP_DESK || (a.kind() == AgencyKind.PEOPLES_COMMITTEE
					&& grassroots.stream().noneMatch(d -> d.unitId().equals(a.unitId()) && d.kind() == AgencyKind.ONE_STOP_DESK)))
			.toList();
	}

	private List<ProcedureView> communeProcedures(LocalDate day) {
		List<ProcedureView> all = this.catalogue.search(null, day);
		List<ProcedureView> commune = all.stream().filter(p -> p.level() == ProcedureLevel.COMMUNE).toList();
		return commune.isEmpty() ? all : commune;
	}

	/** Civil status (hộ tịch) and certification (chứng thực) are most of a commune desk's work. */
	private static ProcedureView pick(List<ProcedureView> procedures, Random random) {
		for (int attempt = 0; attempt < 3; attempt++) {
			ProcedureView p = procedures.get(random.nextInt(procedures.size()));
			String field = p.field().toLowerCase(java.util.Locale.ROOT);
			if (field.contains("hộ tịch") || field.contains("chứng thực") || attempt == 2) {
				return p;
			}
		}
		return procedures.get(0);
	}

}
