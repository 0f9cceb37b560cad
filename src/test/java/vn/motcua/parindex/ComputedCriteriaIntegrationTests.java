package vn.motcua.parindex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.monitoring.UnitFigures;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.planning.PlanningFigures;
import vn.motcua.portal.FeedbackFigures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Every computed indicator of a set scores the figure its module gives for the unit and the set's
 * period: tasks done on time and reports sent on time (planning), feedback answered in time (portal),
 * satisfied ratings (statistics) — on the demo's data of 2026.
 */
@MotCuaTest
class ComputedCriteriaIntegrationTests {

	private static final String CRITERIA = """
			[{"code":"1","title":"Dữ liệu MotCua","maxPoints":100,"children":[
			   {"code":"1.1","title":"Nhiệm vụ đúng hạn","maxPoints":25,"method":"COMPUTED","indicator":"TASKS_ON_TIME",
			    "thresholds":[{"atLeast":90,"points":25},{"atLeast":50,"points":10}]},
			   {"code":"1.2","title":"Báo cáo đúng hạn","maxPoints":25,"method":"COMPUTED","indicator":"REPORTS_ON_TIME",
			    "thresholds":[{"atLeast":90,"points":25},{"atLeast":50,"points":10}]},
			   {"code":"1.3","title":"Phản ánh trả lời đúng hạn","maxPoints":25,"method":"COMPUTED","indicator":"FEEDBACK_IN_TIME",
			    "thresholds":[{"atLeast":90,"points":25},{"atLeast":50,"points":10}]},
			   {"code":"1.4","title":"Hài lòng","maxPoints":25,"method":"COMPUTED","indicator":"SATISFACTION",
			    "thresholds":[{"atLeast":90,"points":25},{"atLeast":50,"points":10}]}]}]""";

	@LocalServerPort
	int port;

	@Autowired
	PlanningFigures planning;

	@Autowired
	FeedbackFigures feedback;

	@Autowired
	UnitFigures statistics;

	@Autowired
	OrganizationManagement organization;

	@Test
	void eachComputedLeafReadsItsModulesFigure() {
		Http committee = Http.basic(this.port, "caicach.thainguyen", PASSWORD);
		Http.Response created = committee.postJson("/api/v1/par/sets", """
				{"year":2026,"name":"Dữ liệu MotCua 2026","issuerUnit":"19","units":["05641"],"periodFrom":"2026-01-01",
				 "periodTo":"2026-11-27","bands":[{"name":"Tốt","minPercent":80},{"name":"Thấp","minPercent":0}],"criteria":%s}"""
			.formatted(CRITERIA));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Http.Response unit = committee.get("/api/v1/par/sets/" + created.json("$.id") + "/units/05641");
		LocalDate from = LocalDate.of(2026, 1, 1);
		LocalDate to = LocalDate.of(2026, 11, 27);
		var voTranh = this.organization.unitOn("05641", to).orElseThrow();
		PlanningFigures.Figures work = this.planning.of(voTranh.id(), from, to);
		List<Double> expected = java.util.Arrays.asList(work.tasksOnTimeRate(), work.reportsOnTimeRate(),
				this.feedback.answeredInTime(voTranh.id(), from, to), this.statistics.of("05641", from, to).satisfaction());
		List<Object> values = unit.json("$.leaves[*].computed.value");
		assertThat(values).hasSize(4);
		for (int i = 0; i < 4; i++) {
			assertThat(Objects.equals(values.get(i) == null ? null : ((Number) values.get(i)).doubleValue(), expected.get(i)))
				.as("leaf 1.%d: %s against %s", i + 1, values.get(i), expected.get(i)).isTrue();
		}
		assertThat(expected.subList(0, 3)).as("the demo has Vô Tranh's tasks, reports and feedback of 2026").doesNotContainNull();
		assertThat(work.tasksOnTimeRate()).as("one of its 2026 tasks done late, others overdue").isLessThan(50.0);
	}

}
