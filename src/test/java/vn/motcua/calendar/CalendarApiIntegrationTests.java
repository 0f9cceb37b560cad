package vn.motcua.calendar;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public calendar API exactly as the acceptance checks call it. */
@MotCuaTest
class CalendarApiIntegrationTests {

	@LocalServerPort
	int port;

	private Http.Response get(String path) {
		return Http.anonymous(this.port).get(path);
	}

	@Test
	void lunarDateOfTet2007() {
		Http.Response response = get("/api/v1/calendar/lunar?date=2007-02-17");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(
				"{\"date\":\"2007-02-17\",\"lunarDay\":1,\"lunarMonth\":1,\"lunarYear\":2007,\"leapMonth\":false}");
	}

	@Test
	void daysAroundReunificationDay2025() {
		Http.Response response = get("/api/v1/calendar/days?from=2025-04-24&to=2025-05-05");

		assertThat(response.status()).isEqualTo(200);
		List<String> dates = response.json("$[*].date");
		assertThat(dates).hasSize(12).startsWith("2025-04-24").endsWith("2025-05-05");
		List<Boolean> working = response.json("$[*].working");
		// 24 Thu, 25 Fri, 26 Sat (swapped), 27 Sun, 28 Mon, 29 Tue, 30 Wed off, 1 off, 2 off (swapped), 3 Sat, 4 Sun, 5 Mon
		assertThat(working).containsExactly(true, true, true, false, true, true, false, false, false, false, false, true);
		assertThat(response.<String>json("$[2].reason")).isEqualTo("Làm bù cho ngày 02/05/2025");
		assertThat(response.<String>json("$[6].reason")).isEqualTo("Ngày Chiến thắng");
		assertThat(response.<String>json("$[6].kind")).isEqualTo("DAY_OFF");
	}

	@Test
	void dueDateOfTheRulesExample() {
		Http.Response response = get(
				"/api/v1/calendar/due-date?receivedAt=2025-04-25T16:00:00%2B07:00&amount=3&timeUnit=WORKING_DAYS");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>json("$.receivedAt")).isEqualTo("2025-04-25T16:00:00+07:00");
		assertThat(response.<String>json("$.dueAt")).isEqualTo("2025-04-29T17:00:00+07:00");
		assertThat(response.<String>json("$.convention")).isEqualTo("CIVIL_CODE");
	}

	@Test
	void dueDatesInEveryTimeUnit() {
		assertThat(get("/api/v1/calendar/due-date?receivedAt=2025-04-21T15:30:00%2B07:00&amount=0&timeUnit=SAME_DAY")
			.<String>json("$.dueAt")).as("no cut-off: a rule of the procedure").isEqualTo("2025-04-21T17:00:00+07:00");
		Http.Response cutOff = get(
				"/api/v1/calendar/due-date?receivedAt=2025-04-21T15:30:00%2B07:00&amount=0&timeUnit=SAME_DAY&rule=AFTER_15H_NEXT_DAY");
		assertThat(cutOff.<String>json("$.dueAt")).isEqualTo("2025-04-22T17:00:00+07:00");
		assertThat(cutOff.<String>json("$.movedBy.rule")).isEqualTo("AFTER_15H_NEXT_DAY");
		assertThat(cutOff.<String>json("$.movedBy.legalBasis")).contains("Nghị định 23/2015/NĐ-CP Điều 7");
		assertThat(get("/api/v1/calendar/due-date?receivedAt=2025-04-16T09:00:00%2B07:00&amount=15&timeUnit=CALENDAR_DAYS")
			.<String>json("$.dueAt")).isEqualTo("2025-05-05T17:00:00+07:00");
		assertThat(get("/api/v1/calendar/due-date?receivedAt=2025-04-21T11:00:00%2B07:00&amount=1&timeUnit=WORKING_HOURS")
			.<String>json("$.dueAt")).isEqualTo("2025-04-21T14:00:00+07:00");
		assertThat(get("/api/v1/calendar/due-date?receivedAt=2025-04-25T09:30:00Z&amount=3&timeUnit=WORKING_DAYS&channel=ONLINE&rule=ONLINE_LAST_HOUR_NEXT_DAY")
			.<String>json("$.dueAt")).as("16:30 in Viet Nam, last online hour").isEqualTo("2025-05-05T17:00:00+07:00");
		assertThat(get("/api/v1/calendar/due-date?receivedAt=2026-11-29T10:00:00%2B07:00&amount=15&timeUnit=CALENDAR_DAYS")
			.<String>json("$.dueAt")).as("received on a Sunday: the period starts on Monday").isEqualTo("2026-12-14T17:00:00+07:00");
	}

	@Test
	void clockStopsPauseOrRestartByRuleVersion() {
		String base = "/api/v1/calendar/due-date?receivedAt=2025-06-02T08:00&amount=5&timeUnit=WORKING_DAYS";

		Http.Response restarted = get(base + "&stop=2025-06-03T08:00/2025-06-05T08:00");
		assertThat(restarted.<String>json("$.ruleVersion")).isEqualTo("DECREE_61_2018");
		assertThat(restarted.<String>json("$.clockStopMode")).isEqualTo("RESTART");
		assertThat(restarted.<String>json("$.dueAt")).isEqualTo("2025-06-12T17:00:00+07:00");

		Http.Response open = get(base + "&stop=2025-06-03T08:00/");
		assertThat(open.<Boolean>json("$.suspended")).isTrue();
		assertThat(open.<Object>json("$.dueAt")).isNull();
	}

	@Test
	void workingTimeBetweenTwoMoments() {
		Http.Response response = get("/api/v1/calendar/working-time?from=2025-04-25T16:00&to=2025-04-29T09:00");

		assertThat(response.<Integer>json("$.minutes")).isEqualTo(17 * 60 + 30);
	}

	@Test
	void badParametersAreProblems() {
		for (String query : List.of("receivedAt=2025-04-25T16:00&amount=3&timeUnit=WEEKS",
				"receivedAt=hôm-qua&amount=3&timeUnit=WORKING_DAYS", "receivedAt=2025-04-25T16:00&amount=-1&timeUnit=WORKING_DAYS",
				"amount=3&timeUnit=WORKING_DAYS", "receivedAt=2025-04-25T16:00&amount=3&timeUnit=WORKING_DAYS&rule=AFTER_16H")) {
			Http.Response response = get("/api/v1/calendar/due-date?" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).as(query).startsWith("application/problem+json");
			assertThat(response.<String>json("$.code")).as(query).isIn("bad-parameter", "bad-request");
		}
		assertThat(get("/api/v1/calendar/lunar?date=1850-01-01").<String>json("$.code")).isEqualTo("date-out-of-range");
		assertThat(get("/api/v1/calendar/days?from=2025-05-01&to=2025-04-01").<String>json("$.code")).isEqualTo("range-reversed");
		assertThat(get("/api/v1/calendar/days?from=2020-01-01&to=2025-01-01").<String>json("$.code")).isEqualTo("range-too-long");
		assertThat(get("/api/v1/calendar/days?from=2025-04-01&to=2025-04-02&unit=99999").status()).isEqualTo(404);
	}

	@Test
	void aProvisionalYearIsMarkedAsSuch() {
		Http.Response response = get("/api/v1/calendar/days?from=2027-02-10&to=2027-02-10");

		assertThat(response.<Boolean>json("$[0].provisional")).isTrue();
		assertThat(response.<Boolean>json("$[0].working")).isFalse();
	}

}
