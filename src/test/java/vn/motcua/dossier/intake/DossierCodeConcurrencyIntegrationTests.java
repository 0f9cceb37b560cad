package vn.motcua.dossier.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.TestActor;
import vn.motcua.TestClock;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.intake.IntakeRequest.ApplicantRequest;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Several counters receiving at the same second never share a code, and the day's codes have no gaps. */
@MotCuaTest
class DossierCodeConcurrencyIntegrationTests {

	/** Bộ phận Một cửa huyện Phú Lương (until 30/06/2025). */
	private static final String DISTRICT_DESK = "000.20.06.H55";

	/** Cấp Giấy chứng nhận đăng ký hộ kinh doanh: district, 3 working days (local demo code). */
	private static final String HOUSEHOLD_BUSINESS = "DP.000003";

	@Autowired
	ReceiveDossier dossiers;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	TestClock clock;


	@Test
	void fiveHundredIntakesOnSixteenThreadsGetDistinctGapFreeCodes() throws Exception {
		this.clock.set("2025-03-03T09:00:00+07:00");
		UUID district = this.organization.unitOn("168", LocalDate.of(2025, 3, 3)).orElseThrow().id();
		Actor desk = reception(district);
		var request = new IntakeRequest(HOUSEHOLD_BUSINESS, DISTRICT_DESK, Channel.DIRECT,
				new ApplicantRequest("Phạm Văn Đồng Thời", null, null, null, null));
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<String>> codes = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			codes.add(pool.submit(() -> this.dossiers.receive(request, desk).code()));
		}
		Set<String> distinct = new TreeSet<>();
		for (Future<String> code : codes) {
			distinct.add(code.get());
		}
		pool.shutdown();

		assertThat(distinct).hasSize(500);
		List<String> expected = new ArrayList<>();
		for (int n = 1; n <= 500; n++) {
			expected.add("000.20.06.H55-250303-%04d".formatted(n));
		}
		assertThat(distinct).containsExactlyElementsOf(expected);
	}

	private static Actor reception(UUID unitId) {
		return TestActor.of("tiepnhan", unitId, Role.RECEPTION);
	}

}
