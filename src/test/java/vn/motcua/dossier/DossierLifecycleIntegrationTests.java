package vn.motcua.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;
import static vn.motcua.dossier.DossierFixtures.BUILDING_PERMIT;
import static vn.motcua.dossier.DossierFixtures.CERTIFIED_COPY;
import static vn.motcua.dossier.DossierFixtures.CERTIFIED_TRANSACTION;
import static vn.motcua.dossier.DossierFixtures.DISTRICT_DESK;
import static vn.motcua.dossier.DossierFixtures.HOUSEHOLD_BUSINESS;
import static vn.motcua.dossier.DossierFixtures.XA_PHU_LUONG;
import static vn.motcua.dossier.DossierFixtures.action;
import static vn.motcua.dossier.DossierFixtures.intake;

/** The dossier state machine through the API, on the real calendar, at chosen moments. */
@MotCuaTest
class DossierLifecycleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;


	private Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	private Http.Response receive(String username, String at, String procedure, String agency) {
		this.clock.set(at);
		Http.Response response = as(username).postJson("/api/v1/dossiers", intake(procedure, agency, "DIRECT"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response;
	}

	private Http.Response act(String username, String at, String code, String body) {
		this.clock.set(at);
		return as(username).postJson("/api/v1/dossiers/" + code + "/transitions", body);
	}

	@Test
	void aSameDayProcedureReceivedBeforeTheCutOffIsDueTonightAfterItTomorrow() {
		Http.Response early = receive("xa.phuluong", "2025-08-04T14:00:00+07:00", CERTIFIED_COPY, XA_PHU_LUONG);
		Http.Response late = receive("xa.phuluong", "2025-08-04T15:30:00+07:00", CERTIFIED_COPY, XA_PHU_LUONG);

		assertThat(early.<String>json("$.status")).isEqualTo("RECEIVED");
		assertThat(early.<String>json("$.code")).matches("000\\.41\\.00\\.H55-250804-\\d{4}");
		assertThat(early.<String>json("$.dueAt")).isEqualTo("2025-08-04T17:00:00+07:00");
		assertThat(late.<String>json("$.dueAt")).isEqualTo("2025-08-05T17:00:00+07:00");
		assertThat(early.<String>json("$.ruleVersion")).isEqualTo("DECREE_118_2025");
		List<String> dues = early.json("$.steps[*].dueAt");
		assertThat(dues).hasSize(4).allMatch(due -> due.compareTo("2025-08-04T17:00:00+07:00") <= 0);
	}

	@Test
	void aTwoWorkingDayProcedureReceivedBeforeNationalDaySkipsTheHolidays() {
		Http.Response response = receive("xa.phuluong", "2025-08-29T10:00:00+07:00", CERTIFIED_TRANSACTION,
				XA_PHU_LUONG);

		assertThat(response.<String>json("$.dueAt")).isEqualTo("2025-09-04T17:00:00+07:00");
	}

	@Test
	void aCalendarDayProcedureWalksEveryStepToTheReturnedResult() {
		String code = receive("tiepnhan", "2025-04-16T09:00:00+07:00", BUILDING_PERMIT, DISTRICT_DESK).json("$.code");
		assertThat(as("tiepnhan").get("/api/v1/dossiers/" + code).<String>json("$.dueAt"))
			.isEqualTo("2025-05-05T17:00:00+07:00");

		assertThat(act("tiepnhan", "2025-04-16T10:00:00+07:00", code, action("COMPLETE_STEP")).status()).isEqualTo(200);
		Http.Response assigned = act("truongphong", "2025-04-16T14:00:00+07:00", code,
				"{\"action\":\"ASSIGN\",\"assignee\":\"chuyenvien\"}");
		assertThat(assigned.<String>json("$.status")).isEqualTo("IN_PROGRESS");
		assertThat(assigned.<String>json("$.steps[1].assignee")).isEqualTo("chuyenvien");
		act("chuyenvien", "2025-04-22T09:00:00+07:00", code, action("COMPLETE_STEP", "Hồ sơ hợp lệ, đủ điều kiện cấp phép"));
		act("truongphong", "2025-04-23T09:00:00+07:00", code, action("COMPLETE_STEP"));
		act("lanhdao", "2025-04-25T09:00:00+07:00", code, action("COMPLETE_STEP"));
		Http.Response resolved = act("tiepnhan", "2025-04-28T09:00:00+07:00", code, action("RESOLVE"));
		assertThat(resolved.<String>json("$.status")).isEqualTo("RESOLVED");
		assertThat(resolved.<String>json("$.timeliness")).isEqualTo("EARLY");
		List<String> stepsDone = resolved.json("$.steps[*].completedBy");
		assertThat(stepsDone).containsExactly("tiepnhan", "chuyenvien", "truongphong", "lanhdao", "tiepnhan");

		Http.Response returned = act("tiepnhan", "2025-04-29T08:00:00+07:00", code, action("RETURN_RESULT"));
		assertThat(returned.<String>json("$.status")).isEqualTo("RESULT_RETURNED");
		assertThat(returned.<Integer>json("$.nationalStatus")).isEqualTo(10);
		List<String> actions = returned.json("$.timeline[*].action");
		assertThat(actions).containsExactly("RECEIVE", "COMPLETE_STEP", "ASSIGN", "COMPLETE_STEP", "COMPLETE_STEP",
				"COMPLETE_STEP", "RESOLVE", "RETURN_RESULT");
		assertThat(returned.<String>json("$.timeline[3].note")).isEqualTo("Hồ sơ hợp lệ, đủ điều kiện cấp phép");
	}

	@Test
	void underDecree61ASupplementRestartsTheTimeLimit() {
		String code = receive("tiepnhan", "2025-04-21T09:00:00+07:00", HOUSEHOLD_BUSINESS, DISTRICT_DESK).json("$.code");
		assertThat(as("tiepnhan").get("/api/v1/dossiers/" + code).<String>json("$.dueAt"))
			.isEqualTo("2025-04-24T17:00:00+07:00");

		Http.Response stopped = act("chuyenvien", "2025-04-22T09:00:00+07:00", code,
				action("REQUEST_SUPPLEMENT", "Thiếu bản sao hợp đồng thuê địa điểm kinh doanh"));
		assertThat(stopped.<String>json("$.status")).isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(stopped.<Boolean>json("$.overdue")).isFalse();
		Http.Response resumed = act("tiepnhan", "2025-04-25T10:00:00+07:00", code, action("SUPPLEMENT_RECEIVED"));

		assertThat(resumed.<String>json("$.clockStopMode")).isEqualTo("RESTART");
		assertThat(resumed.<String>json("$.dueAt")).isEqualTo("2025-04-29T17:00:00+07:00");
		assertThat(resumed.<String>json("$.clockStops[0].resumedAt")).isEqualTo("2025-04-25T10:00:00+07:00");
	}

	@Test
	void underDecree118ASupplementPausesTheClock() {
		String code = receive("xa.phuluong", "2025-08-04T09:00:00+07:00", CERTIFIED_TRANSACTION, XA_PHU_LUONG)
			.json("$.code");
		act("xa.phuluong", "2025-08-05T08:00:00+07:00", code, action("REQUEST_SUPPLEMENT", "Thiếu giấy tờ nhà đất"));
		Http.Response resumed = act("xa.phuluong", "2025-08-07T08:00:00+07:00", code, action("SUPPLEMENT_RECEIVED"));

		assertThat(resumed.<String>json("$.clockStopMode")).isEqualTo("PAUSE");
		assertThat(resumed.<String>json("$.dueAt")).isEqualTo("2025-08-08T17:00:00+07:00");
	}

	@Test
	void aSupplementAskedMoreThanThreeWorkingDaysAfterReceiptNeedsItsReasonAndIsFlagged() {
		// received Thursday 11/09/2025: the window runs to the close of Tuesday 16/09
		String code = receive("xa.phuluong", "2025-09-11T09:00:00+07:00", CERTIFIED_TRANSACTION, XA_PHU_LUONG)
			.json("$.code");
		Http.Response noReason = act("xa.phuluong", "2025-09-17T08:00:00+07:00", code,
				action("REQUEST_SUPPLEMENT", "Thiếu giấy tờ nhà đất"));
		assertThat(noReason.status()).isEqualTo(409);
		assertThat(noReason.<String>json("$.code")).isEqualTo("supplement-reason-required");
		assertThat(noReason.<String>json("$.detail")).contains("16/09/2025");

		Http.Response asked = act("xa.phuluong", "2025-09-17T08:00:00+07:00", code, """
				{"action":"REQUEST_SUPPLEMENT","note":"Thiếu giấy tờ nhà đất","reason":"Phát hiện khi xác minh tại thực địa"}""");
		assertThat(asked.<String>json("$.status")).isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(asked.<List<String>>json("$.timeline[*].note")).contains(
				"Thiếu giấy tờ nhà đất [quá 3 ngày làm việc kể từ khi tiếp nhận; lý do: Phát hiện khi xác minh tại thực địa]");
	}

	@Test
	void anApologyMovesTheAppointmentOnceAndTheDossierStaysLate() {
		String code = receive("xa.phuluong", "2025-08-11T09:00:00+07:00", CERTIFIED_TRANSACTION, XA_PHU_LUONG)
			.json("$.code");
		Http.Response apologised = act("xa.phuluong", "2025-08-12T09:00:00+07:00", code,
				"{\"action\":\"APOLOGISE\",\"note\":\"Chờ xác minh\",\"newDueAt\":\"2025-08-15T17:00:00+07:00\"}");
		assertThat(apologised.<String>json("$.appointment")).isEqualTo("2025-08-15T17:00:00+07:00");
		assertThat(apologised.<String>json("$.dueAt")).isEqualTo("2025-08-13T17:00:00+07:00");

		Http.Response second = act("xa.phuluong", "2025-08-14T09:00:00+07:00", code,
				"{\"action\":\"APOLOGISE\",\"newDueAt\":\"2025-08-20T17:00:00+07:00\"}");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.<String>json("$.code")).isEqualTo("already-rescheduled");

		act("xa.phuluong", "2025-08-15T09:00:00+07:00", code, action("COMPLETE_STEP"));
		act("xa.phuluong", "2025-08-15T09:10:00+07:00", code, action("COMPLETE_STEP"));
		act("chutich.phuluong", "2025-08-15T09:20:00+07:00", code, action("COMPLETE_STEP"));
		Http.Response resolved = act("xa.phuluong", "2025-08-15T10:00:00+07:00", code, action("RESOLVE"));
		assertThat(resolved.<String>json("$.timeliness")).isEqualTo("LATE");
	}

	@Test
	void refusalAndWithdrawalNeedAReasonAndCloseTheDossier() {
		String refusedCode = receive("xa.phuluong", "2025-08-18T09:00:00+07:00", CERTIFIED_TRANSACTION, XA_PHU_LUONG)
			.json("$.code");
		Http.Response noReason = act("xa.phuluong", "2025-08-18T10:00:00+07:00", refusedCode, action("REFUSE"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.<String>json("$.code")).isEqualTo("note-required");
		assertThat(act("xa.phuluong", "2025-08-18T10:00:00+07:00", refusedCode,
				action("REFUSE", "Tài sản đang có tranh chấp")).<String>json("$.status")).isEqualTo("REFUSED");

		String withdrawn = receive("xa.phuluong", "2025-08-18T09:30:00+07:00", CERTIFIED_TRANSACTION, XA_PHU_LUONG)
			.json("$.code");
		act("xa.phuluong", "2025-08-18T10:00:00+07:00", withdrawn, action("REQUEST_SUPPLEMENT", "Thiếu giấy tờ"));
		Http.Response out = act("xa.phuluong", "2025-08-19T10:00:00+07:00", withdrawn,
				action("WITHDRAW", "Người nộp xin rút hồ sơ"));
		assertThat(out.<String>json("$.status")).isEqualTo("WITHDRAWN");
		assertThat(out.<String>json("$.clockStops[0].resumedAt")).isEqualTo("2025-08-19T10:00:00+07:00");
	}

	@Test
	void illegalTransitionsAndStaleVersionsAreConflicts() {
		Http.Response received = receive("xa.phuluong", "2025-08-20T09:00:00+07:00", CERTIFIED_TRANSACTION,
				XA_PHU_LUONG);
		String code = received.json("$.code");

		Http.Response illegal = act("xa.phuluong", "2025-08-20T10:00:00+07:00", code, action("RETURN_RESULT"));
		assertThat(illegal.status()).isEqualTo(409);
		assertThat(illegal.<String>json("$.code")).isEqualTo("illegal-transition");
		assertThat(illegal.<String>json("$.detail")).contains("trả kết quả", "đã tiếp nhận");

		Http.Response pending = act("xa.phuluong", "2025-08-20T10:00:00+07:00", code, action("RESOLVE"));
		assertThat(pending.<String>json("$.code")).isEqualTo("steps-pending");

		String first = "{\"action\":\"COMPLETE_STEP\",\"version\":0}";
		assertThat(act("xa.phuluong", "2025-08-20T10:00:00+07:00", code, first).status()).isEqualTo(200);
		Http.Response stale = act("xa.phuluong", "2025-08-20T10:00:05+07:00", code, first);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.<String>json("$.code")).isEqualTo("stale-version");
	}

	@Test
	void officialsOnlyReachDossiersOfTheirScopeAndOnlyTakeTheirActions() {
		String code = receive("xa.phuluong", "2025-08-21T09:00:00+07:00", CERTIFIED_TRANSACTION, XA_PHU_LUONG)
			.json("$.code");

		assertThat(as("xa.yenlac").get("/api/v1/dossiers/" + code).status()).isEqualTo(404);
		assertThat(as("tiepnhan").get("/api/v1/dossiers/" + code).status()).isEqualTo(404);
		assertThat(as("admin").get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
		Http.Response adminActs = as("admin").postJson("/api/v1/dossiers/" + code + "/transitions", action("RESOLVE"));
		assertThat(adminActs.status()).isEqualTo(403);

		this.clock.set("2024-06-03T09:00:00+07:00");
		Http.Response wrongDesk = as("tiepnhan").postJson("/api/v1/dossiers",
				intake(CERTIFIED_TRANSACTION, "000.26.06.H55", "DIRECT"));
		assertThat(wrongDesk.status()).as(wrongDesk.body()).isEqualTo(201);
		Http.Response outside = as("xa.yenlac").postJson("/api/v1/dossiers", intake(CERTIFIED_TRANSACTION, "000.28.06.H55", "DIRECT"));
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.<String>json("$.code")).isEqualTo("out-of-scope");
	}

	@Test
	void badIntakeIsRefusedFieldByFieldAndNothingIsStored() {
		this.clock.set("2025-08-22T09:00:00+07:00");
		Http.Response response = as("xa.phuluong").postJson("/api/v1/dossiers", """
				{"procedureCode":"2.001035","agencyCode":"000.41.00.H55","channel":"DIRECT",
				 "applicant":{"fullName":"","idNumber":"12ab","phone":"gọi tôi","email":"sai"}}""");

		assertThat(response.status()).isEqualTo(400);
		List<String> fields = response.json("$.errors[*].field");
		assertThat(fields).contains("applicant.fullName", "applicant.idNumber", "applicant.phone", "applicant.email");
		assertThat(as("xa.phuluong").postJson("/api/v1/dossiers", intake("9.999999", XA_PHU_LUONG, "DIRECT"))
			.<String>json("$.code")).isEqualTo("procedure-not-found");
		// a procedure whose time limit the national database leaves unverified has no deadline to give
		Http.Response unverified = as("xa.phuluong").postJson("/api/v1/dossiers", intake("1.004884", XA_PHU_LUONG, "DIRECT"));
		assertThat(unverified.status()).isEqualTo(409);
		assertThat(unverified.<String>json("$.code")).isEqualTo("procedure-not-receivable");
	}

	@Test
	void workQueuesCountTheOfficialsWork() {
		receive("xa.phuluong", "2025-09-08T09:00:00+07:00", CERTIFIED_TRANSACTION, XA_PHU_LUONG);
		this.clock.set("2025-12-01T09:00:00+07:00");

		Http.Response overdue = as("xa.phuluong").get("/api/v1/dossiers?overdue=true&size=500");
		assertThat(overdue.<Integer>json("$.total")).isPositive();
		List<Boolean> flags = overdue.json("$.items[*].overdue");
		assertThat(flags).containsOnly(true);
		assertThat(as("xa.phuluong").get("/api/v1/dossiers/queues").<Integer>json("$.MY_STEPS")).isPositive();
		Http.Response outside = as("xa.yenlac").get("/api/v1/dossiers?unit=05611&size=200"); // its successor, not its sight
		assertThat(outside.status()).isEqualTo(404);
		assertThat(outside.<String>json("$.code")).isEqualTo("unit-not-found");
	}

	@Test
	void anIncompleteOrRefusedDossierIsRecordedNotReceivedWithItsForm() throws Exception {
		this.clock.set("2025-09-15T09:00:00+07:00");
		String incomplete = intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT").replace("\"channel\":\"DIRECT\",",
				"\"channel\":\"DIRECT\",\"outcome\":\"INCOMPLETE\",\"reason\":\"Thiếu bản chính giấy chứng nhận quyền sử dụng đất\",");
		Http.Response turnedAway = as("xa.phuluong").postJson("/api/v1/dossiers", incomplete);

		assertThat(turnedAway.status()).as(turnedAway.body()).isEqualTo(201);
		assertThat(turnedAway.<String>json("$.status")).isEqualTo("NOT_RECEIVED");
		assertThat(turnedAway.<Object>json("$.dueAt")).isNull();
		String code = turnedAway.json("$.code");
		assertThat(act("xa.phuluong", "2025-09-15T10:00:00+07:00", code, action("COMPLETE_STEP")).status()).isEqualTo(409);
		assertThat(as("xa.phuluong").getBytes("/api/v1/dossiers/" + code + "/forms/02.pdf").status()).isEqualTo(200);
		assertThat(code).as("a turn-away takes no number of the day's dossiers").isEqualTo(XA_PHU_LUONG + "-250915-K0001");
		assertThat(as("xa.phuluong").postJson("/api/v1/dossiers", intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT"))
			.<String>json("$.code")).isEqualTo(XA_PHU_LUONG + "-250915-0001");

		String noReason = intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT").replace("\"channel\":\"DIRECT\",",
				"\"channel\":\"DIRECT\",\"outcome\":\"REFUSE\",");
		Http.Response refused = as("xa.phuluong").postJson("/api/v1/dossiers", noReason);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.<String>json("$.code")).isEqualTo("note-required");
	}

	@Test
	void anInterAgencyStepIsSeenAndCompletedByTheActingAgencyOnly() {
		String process = """
				[{"position":1,"name":"Tiếp nhận","role":"COMMUNE_OFFICER","shareHours":1,"interAgency":false},
				 {"position":2,"name":"Xác minh tại xã Vô Tranh","role":"COMMUNE_OFFICER","shareHours":4,"interAgency":true,
				  "actingAgencyCode":"000.42.00.H55"},
				 {"position":3,"name":"Ký duyệt","role":"LEADER","shareHours":2,"interAgency":false}]""";
		assertThat(as("admin").putJson("/api/v1/procedures/2.001016/process?agency=" + XA_PHU_LUONG, process).status())
			.isEqualTo(200);
		String code = receive("xa.phuluong", "2025-10-13T09:00:00+07:00", "2.001016", XA_PHU_LUONG).json("$.code");

		assertThat(as("xa.votranh").get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
		assertThat(as("xa.yenlac").get("/api/v1/dossiers/" + code).status()).isEqualTo(404);
		assertThat(act("xa.votranh", "2025-10-13T09:30:00+07:00", code, action("COMPLETE_STEP")).status())
			.as("step 1 is Phú Lương's").isEqualTo(403);
		act("xa.phuluong", "2025-10-13T10:00:00+07:00", code, action("COMPLETE_STEP"));
		assertThat(act("xa.phuluong", "2025-10-13T11:00:00+07:00", code, action("COMPLETE_STEP")).status())
			.as("step 2 is Vô Tranh's").isEqualTo(403);
		Http.Response verified = act("xa.votranh", "2025-10-13T14:00:00+07:00", code,
				action("COMPLETE_STEP", "Đã xác minh tại thực địa"));
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.<Integer>json("$.currentStep")).isEqualTo(3);
		assertThat(verified.<String>json("$.steps[1].actingUnitId")).isNotNull();
		assertThat(verified.<Object>json("$.steps[0].actingUnitId")).isNull();
		assertThat(act("xa.votranh", "2025-10-13T15:00:00+07:00", code, action("REFUSE", "Không")).status()).isEqualTo(403);
		List<String> queue = as("xa.votranh").get("/api/v1/dossiers?size=200").json("$.items[*].code");
		assertThat(queue).contains(code);
	}

	@Test
	void theWaitForAFinancialObligationIsAddedToTheDeadline() {
		String code = receive("xa.phuluong", "2025-10-20T09:00:00+07:00", CERTIFIED_TRANSACTION, XA_PHU_LUONG)
			.json("$.code");
		assertThat(as("xa.phuluong").get("/api/v1/dossiers/" + code).<String>json("$.dueAt"))
			.isEqualTo("2025-10-22T17:00:00+07:00");

		Http.Response waiting = act("xa.phuluong", "2025-10-21T09:00:00+07:00", code,
				action("REQUEST_PAYMENT", "Nộp lệ phí chứng thực 50.000 đồng"));
		assertThat(waiting.<String>json("$.status")).isEqualTo("FINANCIAL_OBLIGATION");
		assertThat(waiting.<Integer>json("$.nationalStatus")).isEqualTo(6);
		Http.Response paid = act("xa.phuluong", "2025-10-23T09:00:00+07:00", code, action("PAYMENT_RECEIVED"));

		assertThat(paid.<String>json("$.status")).isEqualTo("IN_PROGRESS");
		assertThat(paid.<String>json("$.dueAt")).isEqualTo("2025-10-24T17:00:00+07:00");
	}

}
