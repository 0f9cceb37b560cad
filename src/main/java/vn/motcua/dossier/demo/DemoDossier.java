package vn.motcua.dossier.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * One demo dossier: received inside office hours on a random working day of an {@link Era} at the
 * one-stop desk of a staffed unit in force then (by its desk officer): a commune's for a commune
 * procedure, the district's (before 01/07/2025) for a district one, of the catalogue in force then
 * (chosen at run time, never by code; civil status and certification the most frequent, as at a
 * real desk), online for the era's share, and moved on as real ones go ({@link DemoFates}) as far
 * as the era's horizon; most are digitised, most returned results rated ({@link DemoRecords}).
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

	void generate(Random random, Era era, ZoneId zone, DemoStaff staff) {
		Instant now = era.horizon();
		LocalDate day = workingDay(era.last().minusDays(random.nextInt((int) ChronoUnit.DAYS.between(era.first(), era.last()) + 1)), -1);
		if (day.isBefore(era.first())) {
			day = workingDay(era.first(), 1);
		}
		List<AgencyView> agencies = receivingDesks(day, staff);
		if (agencies.isEmpty()) {
			return;
		}
		AgencyView agency = agencies.get(random.nextInt(agencies.size()));
		UnitView unit = this.organization.unit(agency.unitId()).orElseThrow();
		List<ProcedureView> procedures = proceduresOf(unit.type(), day);
		if (procedures.isEmpty()) {
			return;
		}
		WorkingHoursView hours = this.calendar.workingHours(agency.unitId());
		OfficeTime time = new OfficeTime(this.calendar, agency.unitId());
		Instant opens = day.atTime(hours.morningStart()).atZone(zone).toInstant();
		Instant received = time.after(opens, Duration.ofMinutes(random.nextInt(7 * 60)));
		if (received.isAfter(now)) {
			return;
		}
		ProcedureView procedure = this.catalogue.procedure(pick(procedures, random).id()).orElseThrow();
		Channel channel = random.nextInt(100) < era.onlinePercent() ? Channel.ONLINE : Channel.DIRECT;
		Deadline deadline = this.calendar.deadline(received, procedure.timeLimit(), procedure.timeUnit(), channel,
				agency.unitId(), List.of());
		Actor desk = staff.holding(agency.unitId(), Role.RECEPTION, random);
		Intake intake = new Intake(procedure.id(), procedure.code(), procedure.name(), agency.id(), agency.code(),
				agency.unitId(), channel, DemoPeople.applicant(random, place(unit, day, random)), received,
				deadline.countFrom().toInstant(), procedure.timeLimit(), procedure.timeUnit(), deadline.ruleVersion(),
				deadline.clockStopMode(), desk.username(), "DEMO%04d".formatted(random.nextInt(10000)));
		Dossier dossier = store(day, intake, deadline, agency, desk);
		Instant handed = new DemoFates(random, now, staff, new CalendarSchedule(this.calendar, intake), time)
			.moveOn(dossier);
		this.dossiers.update(dossier);
		this.records.digitise(dossier, random, time);
		this.records.rate(dossier, handed, random, now);
	}

	/** @return {@code day} if it is a working day, else the nearest one {@code step} days at a time. */
	private LocalDate workingDay(LocalDate day, int step) {
		while (!this.calendar.isWorkingDay(day, null)) {
			day = day.plusDays(step);
		}
		return day;
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

	/** @return the one-stop desk (else the people's committee) of each unit in force on {@code day} with a desk officer. */
	private List<AgencyView> receivingDesks(LocalDate day, DemoStaff staff) {
		List<AgencyView> staffed = this.organization.agenciesOn(day, null)
			.stream()
			.filter(a -> staff.receives(a.unitId()))
			.toList();
		return staffed.stream()
			.filter(a -> a.kind() == AgencyKind.ONE_STOP_DESK || (a.kind() == AgencyKind.PEOPLES_COMMITTEE
					&& staffed.stream().noneMatch(d -> d.unitId().equals(a.unitId()) && d.kind() == AgencyKind.ONE_STOP_DESK)))
			.toList();
	}

	/** @return the procedures in force on {@code day} of the level of a unit of that type (all when there are none). */
	private List<ProcedureView> proceduresOf(UnitType type, LocalDate day) {
		ProcedureLevel level = switch (type) {
			case PROVINCE -> ProcedureLevel.PROVINCE;
			case DISTRICT -> ProcedureLevel.DISTRICT;
			default -> ProcedureLevel.COMMUNE;
		};
		List<ProcedureView> all = this.catalogue.search(null, day);
		List<ProcedureView> ofLevel = all.stream().filter(p -> p.level() == level).toList();
		return ofLevel.isEmpty() ? all : ofLevel;
	}

	/**
	 * @return where the applicant lives, as named on {@code day}: «xã Phú Lương» today, «xã Yên Lạc,
	 * huyện Phú Lương» in the district era, and a commune of the district for its own desk.
	 */
	private String place(UnitView unit, LocalDate day, Random random) {
		if (unit.type() == UnitType.DISTRICT) {
			List<UnitView> communes = this.organization.unitsOn(day, unit.code());
			return communes.isEmpty() ? lowerFirst(unit.name())
					: place(communes.get(random.nextInt(communes.size())), day, random);
		}
		return lowerFirst(unit.name()) + (unit.parentId() == null ? "" : this.organization.unit(unit.parentId())
			.filter(parent -> parent.type() == UnitType.DISTRICT)
			.map(parent -> ", " + lowerFirst(parent.name()))
			.orElse(""));
	}

	private static String lowerFirst(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
	}

	/** Civil status (hộ tịch) and certification (chứng thực) are most of a commune desk's work. */
	private static ProcedureView pick(List<ProcedureView> procedures, Random random) {
		for (int attempt = 0; attempt < 3; attempt++) {
			ProcedureView p = procedures.get(random.nextInt(procedures.size()));
			String field = p.field().toLowerCase(Locale.ROOT);
			if (field.contains("hộ tịch") || field.contains("chứng thực") || attempt == 2) {
				return p;
			}
		}
		return procedures.get(0);
	}

	/**
	 * Days on which demo dossiers are received, the moment past which nothing more happens to them,
	 * and the share filed online.
	 */
	record Era(LocalDate first, LocalDate last, Instant horizon, int onlinePercent) {
	}

}
