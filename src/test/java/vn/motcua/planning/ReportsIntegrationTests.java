package vn.motcua.planning;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.monitoring.OverdueItems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * A quarterly report round on a fixed clock: the province asks three communes for their first
 * quarter of 2027 by 15/03; Phú Lương sends on time, Vô Tranh late, Yên Trạch not at all.
 */
@MotCuaTest
class ReportsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	List<OverdueItems> reminders;

	private Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	private String report(String username) {
		List<String> ids = as(username).get("/api/v1/reports?period=2027-Q1").json("$[?(@.title == 'Báo cáo công tác CCHC quý (kiểm thử)')].id");
		assertThat(ids).hasSize(1);
		return "/api/v1/reports/" + ids.get(0);
	}

	@Test
	void aQuarterlyRoundWithOneOnTimeOneLateAndOneMissing() {
		this.clock.set("2027-01-04T09:00:00+07:00");
		assertThat(as("truongphong.phuluong").postJson("/api/v1/reports/schedules", "{}").status()).isEqualTo(400);
		Http.Response wrong = as("lanhdao.thainguyen").postJson("/api/v1/reports/schedules", """
				{"title":"Báo cáo","frequency":"QUARTERLY","dueDay":15,"firstPeriod":"2027-M01","units":["05611"]}""");
		assertThat(wrong.<String>json("$.errors[0].field")).isEqualTo("firstPeriod");
		Http.Response schedule = as("lanhdao.thainguyen").postJson("/api/v1/reports/schedules", """
				{"title":"Báo cáo công tác CCHC quý (kiểm thử)","frequency":"QUARTERLY","dueDay":15,"firstPeriod":"2027-Q1",
				 "units":["05611","05641","05620"],"legalBasis":"Kế hoạch 12/KH-UBND"}""");
		assertThat(schedule.status()).as(schedule.body()).isEqualTo(201);

		this.clock.set("2027-03-12T09:00:00+07:00");
		String phuLuong = report("truongphong.phuluong");
		Http.Response draft = as("truongphong.phuluong").get(phuLuong);
		assertThat(draft.<Boolean>json("$.draft")).isTrue();
		assertThat(draft.<String>json("$.body")).contains("Xã Phú Lương", "15/12/2026", "14/03/2027", "Tổng số nhiệm vụ:");
		assertThat(draft.<String>json("$.line.status")).isEqualTo("PENDING");
		assertThat(as("truongphong.votranh").get(phuLuong).status()).as("another commune's report").isEqualTo(404);
		assertThat(as("truongphong.phuluong").postJson(phuLuong + "/submission", "{\"body\":\" \"}").<String>json("$.errors[0].field"))
			.isEqualTo("body");
		assertThat(as("truongphong.phuluong").putJson(phuLuong, "{\"body\":\"Bản nháp\"}").<Boolean>json("$.draft")).isFalse();
		Http.Response sent = as("truongphong.phuluong").postJson(phuLuong + "/submission", "{\"body\":\"Báo cáo quý I\"}");
		assertThat(sent.<String>json("$.line.status")).isEqualTo("ON_TIME");
		assertThat(as("truongphong.phuluong").postJson(phuLuong + "/submission", "{\"body\":\"Sửa\"}").<String>json("$.code"))
			.isEqualTo("report-submitted");
		assertThat(as("lanhdao.thainguyen").postJson(phuLuong + "/submission", "{\"body\":\"Sửa\"}").status())
			.as("only the unit sends its report").isEqualTo(403);

		this.clock.set("2027-03-17T09:00:00+07:00");
		assertThat(as("truongphong.votranh").postJson(report("truongphong.votranh") + "/submission", "{\"body\":\"Báo cáo quý I\"}")
			.<String>json("$.line.status")).isEqualTo("LATE");

		List<String> statuses = as("lanhdao.thainguyen").get("/api/v1/reports?period=2027-Q1")
			.json("$[?(@.title == 'Báo cáo công tác CCHC quý (kiểm thử)')].status");
		assertThat(statuses).containsExactlyInAnyOrder("ON_TIME", "LATE", "MISSING");
		assertThat(as("lanhdao.thainguyen").get("/api/v1/reports?period=2027-Q1&status=MISSING")
			.<List<String>>json("$[?(@.title == 'Báo cáo công tác CCHC quý (kiểm thử)')].unitCode")).containsExactly("05620");
		assertThat(as("truongphong.votranh").get("/api/v1/reports?period=2027-Q1")
			.<List<String>>json("$[*].unitCode")).containsOnly("05641");
		assertThat(as("lanhdao.thainguyen").get("/api/v1/reports?period=2027-Q5").<String>json("$.errors[0].field"))
			.isEqualTo("period");

		// the missing report reaches Yên Trạch's heads in the daily reminders; announced two working days ahead
		OverdueItems reports = this.reminders.stream().filter(r -> r.kind().equals("REPORT")).findFirst().orElseThrow();
		assertThat(reports.overdue(Instant.parse("2027-03-17T02:00:00Z")))
			.filteredOn(i -> i.title().equals("Báo cáo công tác CCHC quý (kiểm thử)"))
			.extracting(OverdueItems.Item::reference).containsExactly("2027-Q1");
		assertThat(reports.dueSoon(Instant.parse("2027-03-10T02:00:00Z")))
			.as("Wednesday 10/03: Monday 15/03 is three working days away")
			.noneMatch(i -> i.title().equals("Báo cáo công tác CCHC quý (kiểm thử)"));
		assertThat(reports.dueSoon(Instant.parse("2027-03-11T02:00:00Z")))
			.anyMatch(i -> i.title().equals("Báo cáo công tác CCHC quý (kiểm thử)") && i.reference().equals("2027-Q1"));
	}

}
