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
import static vn.motcua.dossier.DossierFixtures.CERTIFIED_COPY;
import static vn.motcua.dossier.DossierFixtures.CERTIFIED_TRANSACTION;
import static vn.motcua.dossier.DossierFixtures.XA_PHU_LUONG;
import static vn.motcua.dossier.DossierFixtures.intakeBy;

/** The desk finds dossiers: by code, name without diacritics, ID number or phone; filters; pages. */
@MotCuaTest
class DeskSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private Http officer() {
		return Http.basic(this.port, "xa.phuluong", PASSWORD);
	}

	private String receive(String at, String procedure, String channel, String name, String id, String phone) {
		this.clock.set(at);
		Http.Response response = officer().postJson("/api/v1/dossiers",
				intakeBy(procedure, XA_PHU_LUONG, channel, name, id, phone));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json("$.code");
	}

	private List<String> codes(String query) {
		Http.Response page = officer().get("/api/v1/dossiers?" + query);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.json("$.items[*].code");
	}

	@Test
	void findsByNameWithoutDiacriticsByIdNumberByPhoneAndByCode() {
		String thuy = receive("2025-12-01T09:00:00+07:00", CERTIFIED_COPY, "DIRECT", "Đặng Thị Thủy Tiên",
				"019301000111", "0977 654 321");
		String other = receive("2025-12-01T09:10:00+07:00", CERTIFIED_COPY, "DIRECT", "Đinh Văn Thủy", "019301000222",
				"0911 000 222");

		assertThat(codes("q=dang%20thi%20thuy")).containsExactly(thuy);
		assertThat(codes("q=%C4%90%E1%BA%B7ng%20Th%E1%BB%8B")).containsExactly(thuy);
		assertThat(codes("q=019301000111")).containsExactly(thuy);
		assertThat(codes("q=0977654321")).containsExactly(thuy);
		assertThat(codes("q=" + other.toLowerCase())).containsExactly(other);
		assertThat(codes("q=thuy")).contains(thuy, other);
		assertThat(codes("q=100%25")).isEmpty();
	}

	@Test
	void filtersByProcedurePeriodAndChannel() {
		String monday = receive("2025-12-08T09:00:00+07:00", CERTIFIED_COPY, "DIRECT", "Lò Văn Sáng", "019301000333",
				"0912 000 333");
		String tuesday = receive("2025-12-09T09:00:00+07:00", CERTIFIED_TRANSACTION, "POSTAL", "Lò Thị Sáng",
				"019301000444", "0912 000 444");

		assertThat(codes("q=lo%20van%20sang&from=2025-12-08&to=2025-12-08")).containsExactly(monday);
		assertThat(codes("q=sang&from=2025-12-09&to=2025-12-09")).containsExactly(tuesday);
		assertThat(codes("q=sang&from=2025-12-08&to=2025-12-09&channel=POSTAL")).containsExactly(tuesday);
		assertThat(codes("q=sang&from=2025-12-08&to=2025-12-09&procedure=" + CERTIFIED_COPY)).containsExactly(monday);
		assertThat(codes("q=sang&from=2025-12-10")).isEmpty();
	}

	@Test
	void myWorkIsSortedByDueMomentAndTheListHasPageNumbers() {
		String later = receive("2025-12-15T09:00:00+07:00", CERTIFIED_TRANSACTION, "DIRECT", "Vi Văn Hậu",
				"019301000555", "0912 000 555");
		String sooner = receive("2025-12-15T09:05:00+07:00", CERTIFIED_COPY, "DIRECT", "Vi Thị Hậu", "019301000666",
				"0912 000 666");

		assertThat(codes("queue=MY_STEPS&q=hau&from=2025-12-15&to=2025-12-15")).containsExactly(sooner, later);
		assertThat(codes("queue=ALL&q=hau&from=2025-12-15&to=2025-12-15")).containsExactly(sooner, later);
		assertThat(officer().get("/api/v1/dossiers?q=hau&from=2025-12-15&size=1&page=1").<Integer>json("$.total"))
			.isEqualTo(2);
		assertThat(codes("q=hau&from=2025-12-15&to=2025-12-15&size=1&page=1")).containsExactly(later);

		String page = Http.session(this.port, "xa.phuluong", PASSWORD)
			.get("/quan-tri/ho-so?queue=ALL&q=vi+thi+hau&from=2025-12-15")
			.text();
		assertThat(page).contains(sooner, "Vi Thị Hậu").doesNotContain(later);
	}

	@Test
	void theBackOfficeStartsWithMyQueuesAndMarksTheCurrentPage() {
		String soon = receive("2025-12-22T09:00:00+07:00", CERTIFIED_COPY, "DIRECT", "Hà Văn Gần", "019301000777",
				"0912 000 777");
		Http session = Http.session(this.port, "xa.phuluong", PASSWORD);

		String home = session.get("/quan-tri").text();
		assertThat(home).contains("Công việc của tôi", "Hồ sơ của tôi có hạn gần nhất", "Việc của tôi", soon);
		assertThat(session.get("/quan-tri").body()).containsPattern("aria-current=\"page\"\\s+href=\"/quan-tri\"");
		String intake = session.get("/quan-tri/ho-so/tiep-nhan").body();
		assertThat(intake).containsPattern("aria-current=\"page\"\\s+href=\"/quan-tri/ho-so/tiep-nhan\"")
			.doesNotContainPattern("aria-current=\"page\"\\s+href=\"/quan-tri/ho-so\"")
			.containsPattern("/css/backoffice(-[0-9a-f]+)?\\.css");
	}

}
