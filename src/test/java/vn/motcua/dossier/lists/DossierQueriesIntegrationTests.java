package vn.motcua.dossier.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.TestActor;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.dossier.intake.IntakeRequest.ApplicantRequest;
import vn.motcua.dossier.intake.ReceiveDossier;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's screens ask every queue's count and a page of one queue: the page's total is the
 * queue's count when nothing narrows it, and is counted on its own when a status or a search does.
 * The whole of a scope is counted in three parts that must add up to the list's own condition.
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

	@Autowired
	CalendarManagement calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private UUID unit(String code) {
		return this.organization.unitOn(code, LocalDate.now(this.clock)).orElseThrow().id();
	}

	private UUID receive(Actor desk, String applicant) {
		return this.reception.receive(new IntakeRequest("2.001035", "000.41.00.H55", Channel.DIRECT,
				new ApplicantRequest(applicant, null, null, null, null)), desk).id();
	}

	@Test
	void aWholeScopeIsCountedInThreePartsThatAddUpToTheListsCondition() {
		UUID phuLuong = unit("05611");
		UUID voTranh = unit("05641");
		Actor phuLuongDesk = TestActor.of("motcua.phuluong", phuLuong, Role.RECEPTION);
		Actor voTranhDesk = TestActor.of("motcua.votranh", voTranh, Role.RECEPTION);
		UUID own = receive(phuLuongDesk, "Lường Văn Của Xã");
		UUID forOther = receive(phuLuongDesk, "Lường Văn Nhận Hộ");
		UUID byStep = receive(phuLuongDesk, "Lường Văn Liên Thông");
		this.transactions.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			// Phú Lương's own, also at its desk; received at Phú Lương's desk for Vô Tranh; Vô Tranh's,
			// at no desk, with a step Phú Lương acts in: each in Phú Lương's scope by one way
			this.jdbc.sql("update dossier set desk_unit_id = ? where id = ?").params(phuLuong, own).update();
			this.jdbc.sql("update dossier set unit_id = ?, desk_unit_id = ? where id = ?").params(voTranh, phuLuong, forOther).update();
			this.jdbc.sql("update dossier set unit_id = ?, desk_unit_id = null where id = ?").params(voTranh, byStep).update();
			this.jdbc.sql("update dossier_step set acting_unit_id = ? where dossier_id = ?").params(phuLuong, byStep).update();
			for (Actor official : List.of(phuLuongDesk, voTranhDesk)) {
				QueueFilter filter = new QueueFilter(official, this.organization.scopeOf(official), this.calendar, this.clock);
				Map<String, Object> params = new HashMap<>();
				String where = filter.where(WorkQueue.ALL, List.of(), null, DossierSearch.NONE, params);
				long listed = this.jdbc.sql("select count(*) from dossier d where " + where).params(params).query(Long.class).single();
				assertThat(this.queries.counts(official).get(WorkQueue.ALL)).as(official.username()).isEqualTo(listed);
				params.put("ours", List.of(own, forOther, byStep));
				assertThat(this.jdbc.sql("select count(*) from dossier d where d.id in (:ours) and " + where).params(params)
					.query(Long.class)
					.single()).as(official.username()).isEqualTo(official == phuLuongDesk ? 3 : 2);
			}
		});
	}

	@Test
	void aPageTotalIsItsQueuesCountUnlessAStatusOrASearchNarrowsIt() {
		Actor desk = TestActor.of("motcua.phuluong", unit("05611"), Role.RECEPTION);
		receive(desk, "Nông Thị Đếm Một Lần");

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
