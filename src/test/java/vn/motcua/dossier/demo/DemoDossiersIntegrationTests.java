package vn.motcua.dossier.demo;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.WorkingHoursView;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's dossiers look like a real commune's: every state, 95–99 % on time, every action in
 * office hours on a working day by a seeded official of the unit, most results rated, most late
 * ones apologised for, most dossiers digitised, a realistic online share; the district era has its
 * own, at the district's desk and its communes, settled before it ended. Properties, not counts:
 * the catalogue the procedures come from may change.
 */
@MotCuaTest
class DemoDossiersIntegrationTests {

	private static final String MINE = " d.lookup_secret like 'DEMO%' ";

	@Autowired
	DemoDossiers demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CalendarManagement calendar;

	long before;

	@BeforeEach
	void generate() {
		if (count("true") == 0) {
			this.before = this.jdbc.sql("select count(*) from dossier").query(Long.class).single();
			this.demo.generate(600);
			assertThat(this.jdbc.sql("select count(*) from dossier").query(Long.class).single())
				.isEqualTo(this.before + 780);
		}
	}

	@Test
	void generatedDossiersCoverEveryState() {
		List<String> statuses = this.jdbc.sql("select distinct status from dossier d where" + MINE)
			.query(String.class)
			.list();
		assertThat(statuses).contains("RESULT_RETURNED", "RESOLVED", "SUPPLEMENT_REQUESTED", "REFUSED", "WITHDRAWN")
			.containsAnyOf("RECEIVED", "IN_PROGRESS");
		assertThat(count("(select count(*) from dossier_event e where e.dossier_id = d.id and e.action = 'RECEIVE') <> 1"))
			.as("each dossier received exactly once")
			.isZero();
	}

	@Test
	void theDemoCitizenFiledTheLatestOnlineDossiersOfPhuLuongAndTheirScansAreInTheStore() {
		assertThat(count("d.citizen_id is not null and d.code like '000.41.20.H55-%' and d.channel = 'ONLINE'"))
			.isEqualTo(DemoCitizenDossiers.DOSSIERS);
		assertThat(this.jdbc.sql("""
				select count(distinct c.dossier_code) from citizen_document c join dossier d on d.code = c.dossier_code
				  join identity_citizen i on i.id = c.citizen_id
				 where i.contact = 'congdan@example.vn' and""" + MINE).query(Long.class).single())
			.isEqualTo(DemoCitizenDossiers.DOSSIERS);
	}

	@Test
	void theVouchedCitizenFiledTheLatestWholeCounterDossierOfPhuLuongAndItsScansAreInHerStore() {
		List<String> theirs = this.jdbc.sql("""
				select d.code from dossier d join identity_citizen i on i.id_number = d.applicant_id_number
				 where i.contact = 'dinhdanh@example.vn' and i.vouched_by is not null and d.channel = 'DIRECT' and""" + MINE)
			.query(String.class)
			.list();
		assertThat(theirs).hasSize(1).allMatch(code -> code.startsWith("000.41.20.H55-"));
		assertThat(this.jdbc.sql("""
				select count(*) from citizen_document c join identity_citizen i on i.id = c.citizen_id
				 where i.contact = 'dinhdanh@example.vn' and c.dossier_code = ? and c.kind = 'SCAN'""")
			.param(theirs.get(0)).query(Long.class).single())
			.isEqualTo(this.jdbc.sql("select required_components from dossier where code = ?").param(theirs.get(0))
				.query(Long.class).single());
	}

	@Test
	void between95And99PercentOfResultsAreOnTimeAndMostLateOnesApologised() {
		long judged = count("d.timeliness is not null");
		long late = count("d.timeliness = 'LATE'");
		assertThat(late).isPositive();
		assertThat(100.0 * (judged - late) / judged).isBetween(95.0, 99.0);
		long apologised = count("d.timeliness = 'LATE' and d.rescheduled_due_at is not null");
		assertThat(2 * apologised).as("most late results come with an apology").isGreaterThanOrEqualTo(late);
	}

	@Test
	void everyActionIsInOfficeHoursOnAWorkingDayByAnOfficialOfTheUnit() {
		record Action(Instant at, UUID unit, String actor, boolean seeded) {
		}
		List<Action> actions = this.jdbc.sql("""
				select e.at, d.unit_id, e.actor, exists (select 1 from identity_official o
				  where o.username = e.actor and o.unit_id in (d.unit_id, d.desk_unit_id)) from dossier_event e
				join dossier d on d.id = e.dossier_id where""" + MINE)
			.query((rs, n) -> new Action(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getBoolean(4)))
			.list();
		assertThat(actions).hasSizeGreaterThan(2000).allSatisfy(a -> {
			assertThat(a.seeded()).as(a.actor() + " of the unit").isTrue();
			ZonedDateTime local = a.at().atZone(Vietnam.ZONE);
			assertThat(this.calendar.isWorkingDay(local.toLocalDate(), a.unit())).as(local + " working day").isTrue();
			assertThat(inOfficeHours(local.toLocalTime(), this.calendar.workingHours(a.unit()))).as(local.toString())
				.isTrue();
		});
		assertThat(actions.stream().map(Action::actor).distinct()).hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void mostReturnedResultsAreRatedMostDossiersDigitisedAndAFairShareFiledOnline() {
		long returned = count("d.status = 'RESULT_RETURNED'");
		long rated = count("d.status = 'RESULT_RETURNED' and exists (select 1 from dossier_rating r where r.dossier_id = d.id)");
		assertThat(100.0 * rated / returned).isBetween(75.0, 98.0);
		long all = count("true");
		assertThat(100.0 * count("exists (select 1 from dossier_attachment a where a.dossier_id = d.id)") / all)
			.isBetween(85.0, 99.0);
		assertThat(100.0 * count("d.channel = 'ONLINE'") / all).isBetween(30.0, 50.0);
		assertThat(this.jdbc.sql("select count(distinct d.applicant_address) from dossier d where" + MINE
				+ " and d.applicant_address like '%, xã %, tỉnh Thái Nguyên'").query(Long.class).single()).isPositive();
	}

	@Test
	void aFewAreReceivedForAnotherCommuneOrAProvincialDepartmentUnderTheDesksOwnCode() {
		assertThat(count("d.desk_unit_id is not null")).as("received regardless of boundary").isPositive();
		assertThat(count("d.desk_unit_id is not null and d.agency_code = '000.03.00.H55' and d.procedure_code = 'TN.LLTP.01'"))
			.as("for the province's Department of Justice").isPositive();
		assertThat(count("d.desk_unit_id is not null and (d.desk_unit_id = d.unit_id or d.code not like d.desk_agency_code || '-%'"
				+ " or d.received_at < timestamptz '2025-07-01 00:00+07')")).isZero();
	}

	@Test
	void theDistrictEraKeepsItsOwnDossiersAtTheDistrictDeskAndItsCommunesAllSettledBeforeItEnded() {
		String districtEra = "d.received_at < timestamptz '2025-07-01 00:00+07'";
		assertThat(count(districtEra)).isEqualTo(180);
		assertThat(count(districtEra + " and d.agency_code = '000.20.06.H55'")).as("at the district's one-stop desk")
			.isPositive();
		assertThat(count(districtEra + " and d.agency_code <> '000.20.06.H55'")).as("at the old communes").isPositive();
		assertThat(count(districtEra + " and d.status in ('RECEIVED', 'IN_PROGRESS')")).as("still being handled")
			.isZero();
		assertThat(count(districtEra + " and d.applicant_address like '%, huyện Phú Lương, tỉnh Thái Nguyên'"))
			.isEqualTo(180);
		assertThat(count("not (" + districtEra + ") and d.applicant_address like '%huyện%'")).isZero();
	}

	private long count(String condition) {
		return this.jdbc.sql("select count(*) from dossier d where" + MINE + "and " + condition)
			.query(Long.class)
			.single();
	}

	private static boolean inOfficeHours(LocalTime t, WorkingHoursView h) {
		return !t.isBefore(h.morningStart()) && !t.isAfter(h.afternoonEnd())
				&& (!t.isAfter(h.morningEnd()) || !t.isBefore(h.afternoonStart()));
	}

}
