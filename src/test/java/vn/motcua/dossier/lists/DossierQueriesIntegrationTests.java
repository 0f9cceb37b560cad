package vn.motcua.dossier.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.TestActor;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.dossier.intake.IntakeRequest.ApplicantRequest;
import vn.motcua.dossier.intake.ReceiveDossier;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's screens ask every queue's count and a page of one queue: the page's total is the
 * queue's count when nothing narrows it, and is counted on its own when a status or a search does.
 */
@MotCuaTest
class DossierQueriesIntegrationTests {

	@Autowired
	DossierQueries queries;

	@Autowired
	ReceiveDossier reception;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	Clock clock;

	@Test
	void aPageTotalIsItsQueuesCountUnlessAStatusOrASearchNarrowsIt() {
		UUID phuLuong = this.organization.unitOn("05611", LocalDate.now(this.clock)).orElseThrow().id();
		Actor desk = TestActor.of("motcua.phuluong", phuLuong, Role.RECEPTION);
		this.reception.receive(new IntakeRequest("2.001035", "000.41.00.H55", Channel.DIRECT,
				new ApplicantRequest("Nông Thị Đếm Một Lần", null, null, null, null)), desk);

		DossierQueries.Overview all = this.queries.overview(desk, WorkQueue.ALL, null, DossierSearch.NONE, 0, 50);
		long counted = this.queries.search(desk, WorkQueue.ALL, List.of(), null, DossierSearch.NONE, 0, 50).total();
		assertThat(all.page().total()).isPositive().isEqualTo(all.counts().get(WorkQueue.ALL)).isEqualTo(counted);
		assertThat(all.page().items()).hasSize((int) Math.min(50, counted));

		DossierQueries.Overview found = this.queries.overview(desk, WorkQueue.ALL, null,
				new DossierSearch("nong thi dem mot lan", null, null, null, null), 0, 50);
		assertThat(found.page().total()).isEqualTo(1);
		assertThat(found.page().items()).extracting(DossierSummary::applicantName).containsExactly("Nông Thị Đếm Một Lần");
		assertThat(found.counts()).isEqualTo(all.counts());

		DossierQueries.Overview returned = this.queries.overview(desk, WorkQueue.ALL, DossierStatus.RESULT_RETURNED,
				DossierSearch.NONE, 0, 50);
		assertThat(returned.page().total()).isLessThan(counted)
			.isEqualTo(this.queries.search(desk, WorkQueue.ALL, List.of(), DossierStatus.RESULT_RETURNED, DossierSearch.NONE, 0, 50)
				.total());

		DossierQueries.Overview mine = this.queries.overview(desk, WorkQueue.MY_STEPS, null, DossierSearch.NONE, 0, 50);
		assertThat(mine.page().total()).isEqualTo(mine.counts().get(WorkQueue.MY_STEPS))
			.isEqualTo(this.queries.search(desk, WorkQueue.MY_STEPS, List.of(), null, DossierSearch.NONE, 0, 50).total());
	}

}
