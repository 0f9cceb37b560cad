package vn.motcua.portal.polls;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The demo's poll «Bạn mong muốn được nghỉ lễ bao nhiêu ngày?»: one vote per browser (its cookie) and
 * per account, results after voting, nothing once closed.
 */
@MotCuaTest
class PollsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void oneVotePerVoterResultsAfterVotingNothingOnceClosed() {
		Http browser = Http.anonymous(this.port);
		String page = browser.get("/binh-chon").body();
		assertThat(page).contains("Bạn mong muốn được nghỉ lễ bao nhiêu ngày?", "id=\"vote-form\"").doesNotContain("id=\"results\"");
		String poll = page.replaceAll("(?s).*action=\"/binh-chon/([0-9a-f-]{36})\".*", "$1");
		List<String> options = java.util.regex.Pattern.compile("name=\"option\" id=\"option-\\d\" value=\"([0-9a-f-]{36})\"")
			.matcher(page).results().map(m -> m.group(1)).toList();
		assertThat(options).hasSize(4);
		String votes = "/api/v1/public/polls/" + poll + "/votes";

		Http.Response before = browser.get("/api/v1/public/polls/" + poll);
		int total = before.<Integer>json("$.votes");
		int third = before.<Integer>json("$.options[2].votes");
		int second = before.<Integer>json("$.options[1].votes");
		assertThat(browser.postJson(votes, "{\"option\":\"khong-co\"}").<String>json("$.code")).isEqualTo("poll-option-not-found");
		Http.Response first = browser.postJson(votes, "{\"option\":\"" + options.get(2) + "\"}");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.<Integer>json("$.options[2].votes")).isEqualTo(third + 1);
		assertThat(first.<Integer>json("$.votes")).isEqualTo(total + 1);
		assertThat(browser.postJson(votes, "{\"option\":\"" + options.get(0) + "\"}").<String>json("$.code"))
			.as("the same browser again").isEqualTo("poll-already-voted");
		assertThat(browser.get("/binh-chon").body()).contains("id=\"results\"",
				(third + 1) + " phiếu (" + Math.round((third + 1) * 100.0 / (total + 1)) + " %)").doesNotContain("id=\"vote-form\"");

		Http citizen = Http.session(this.port, "phongvien.thainguyen", PASSWORD);
		citizen.submitForm("/binh-chon", "/binh-chon/" + poll, Map.of("option", options.get(1)));
		assertThat(citizen.get("/binh-chon").text()).contains("Cảm ơn bạn đã bình chọn.", (second + 1) + " phiếu");
		citizen.submitForm("/binh-chon", "/binh-chon/" + poll, Map.of("option", options.get(1)));
		assertThat(citizen.get("/binh-chon").text()).as("one vote per account").contains((second + 1) + " phiếu");

		// at most 30 votes a day from one client address: two so far from this one
		for (int i = 0; i < 28; i++) {
			assertThat(Http.anonymous(this.port).postJson(votes, "{\"option\":\"" + options.get(3) + "\"}").status()).isEqualTo(201);
		}
		Http.Response stuffed = Http.anonymous(this.port).postJson(votes, "{\"option\":\"" + options.get(3) + "\"}");
		assertThat(stuffed.status()).isEqualTo(429);
		assertThat(stuffed.<String>json("$.code")).isEqualTo("poll-too-many-votes");

		this.clock.set("2027-02-02T09:00:00+07:00");
		Http late = Http.anonymous(this.port);
		assertThat(late.get("/binh-chon").body()).contains("Cuộc thăm dò đã kết thúc.", "id=\"results\"");
		assertThat(late.postJson(votes, "{\"option\":\"" + options.get(0) + "\"}").<String>json("$.code")).isEqualTo("poll-closed");
	}

}
