package vn.motcua.monitoring;

import vn.motcua.Http;
import vn.motcua.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Dossiers made at the one-stop desk of the demo district over HTTP, at moments of the test clock:
 * received, acted on, walked through every step to a result.
 */
public record DeskFixtures(int port, TestClock clock) {

	/** Bộ phận Một cửa huyện Phú Lương (unit 168, the district, until 30/06/2025). */
	public static final String DISTRICT_DESK = "000.20.06.H55";

	/** Cấp Giấy chứng nhận đăng ký hộ kinh doanh: 3 working days. */
	public static final String HOUSEHOLD_BUSINESS = "DP.000003";

	public Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	/** @return the answer to the desk's receipt at {@code at} of a household business dossier. */
	public Http.Response receive(String at, String channel, String applicant) {
		this.clock.set(at);
		Http.Response r = as("tiepnhan").postJson("/api/v1/dossiers", """
				{"procedureCode":"%s","agencyCode":"%s","channel":"%s","applicant":%s}"""
			.formatted(HOUSEHOLD_BUSINESS, DISTRICT_DESK, channel, applicant));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r;
	}

	/** @return an applicant as the intake API takes it. */
	public static String applicant(String fullName, String phone, String address) {
		return """
				{"fullName":"%s","phone":"%s","address":"%s"}""".formatted(fullName, phone, address);
	}

	public Http.Response act(String username, String at, String code, String body) {
		this.clock.set(at);
		Http.Response r = as(username).postJson("/api/v1/dossiers/" + code + "/transitions", body);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r;
	}

	/** Walks every step on {@code day} and resolves at {@code time} that day. @return the timeliness. */
	public String resolve(String code, String day, String time) {
		act("tiepnhan", day + "T08:00:00+07:00", code, "{\"action\":\"COMPLETE_STEP\"}");
		act("truongphong", day + "T08:10:00+07:00", code, "{\"action\":\"ASSIGN\",\"assignee\":\"chuyenvien\"}");
		act("chuyenvien", day + "T08:20:00+07:00", code, "{\"action\":\"COMPLETE_STEP\"}");
		act("truongphong", day + "T08:30:00+07:00", code, "{\"action\":\"COMPLETE_STEP\"}");
		act("lanhdao", day + "T08:40:00+07:00", code, "{\"action\":\"COMPLETE_STEP\"}");
		return act("tiepnhan", day + "T" + time + "+07:00", code, "{\"action\":\"RESOLVE\"}").json("$.timeliness");
	}

}
