package vn.motcua.citizen;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** The demo citizen filing online at xã Phú Lương's desk, and the desk receiving it. */
public record CitizenFixtures(int port) {

	public static final String PHU_LUONG_DESK = "000.41.20.H55";

	/** @return the demo citizen's browser session. */
	public Http login() {
		Http browser = Http.anonymous(this.port);
		Http.Response login = browser.submitForm("/cong-dan/dang-nhap", "/cong-dan/dang-nhap",
				Map.of("username", "congdan@example.vn", "password", PASSWORD));
		assertThat(login.location()).endsWith("/cong-dan/ho-so");
		return browser;
	}

	/** @return the draft's path, its applicant saved. */
	public String start(Http citizen, String procedure) {
		Http.Response started = citizen.submitForm("/cong-dan/nop?thu-tuc=" + procedure, "/cong-dan/nop",
				Map.of("procedureCode", procedure, "agencyCode", PHU_LUONG_DESK));
		String draft = URI.create(started.location()).getRawPath();
		citizen.submitForm(draft + "?buoc=2", draft + "/nguoi-nop", Map.of("fullName", "Hoàng Văn Kho", "idNumber",
				"019300004321", "phone", "0912 000 321", "address", "Xóm Đồng Kem, xã Phú Lương"));
		return draft;
	}

	/**
	 * Uploads a file for every required document not in {@code skip}, sends the draft, and the desk
	 * receives it. @return the dossier's code.
	 */
	public String sendAndReceive(Http citizen, String draft, List<Integer> skip) {
		Matcher positions = Pattern.compile("name=\"document\" value=\"(\\d+)\"").matcher(citizen.get(draft + "?buoc=3").body());
		for (String p : positions.results().map(m -> m.group(1)).distinct().toList()) {
			if (!skip.contains(Integer.valueOf(p))) {
				citizen.submitFile(draft + "?buoc=3", draft + "/giay-to?document=" + p, "giay-to-" + p + ".pdf",
						("%PDF-1.4 bản quét " + p).getBytes());
			}
		}
		citizen.submitForm(draft + "?buoc=4", draft + "/gui", Map.of("resultDelivery", "ONLINE", "commitment", "1"));
		String id = draft.substring(draft.lastIndexOf('/') + 1);
		Http.Response received = Http.basic(this.port, "xa.phuluong", PASSWORD)
			.postJson("/api/v1/submissions/" + id + "/decision", "{\"outcome\":\"RECEIVE\"}");
		assertThat(received.status()).as(received.body()).isEqualTo(200);
		return received.json("$.code");
	}

}
