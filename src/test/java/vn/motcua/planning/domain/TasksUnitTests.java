package vn.motcua.planning.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.motcua.TestActor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.planning.domain.TaskAction.ACCEPT;
import static vn.motcua.planning.domain.TaskAction.CANCEL;
import static vn.motcua.planning.domain.TaskAction.DECIDE_EXTENSION;
import static vn.motcua.planning.domain.TaskAction.PROGRESS;
import static vn.motcua.planning.domain.TaskAction.REPORT_DONE;
import static vn.motcua.planning.domain.TaskAction.REQUEST_EXTENSION;
import static vn.motcua.planning.domain.TaskAction.RETURN;
import static vn.motcua.planning.domain.TaskStatus.ACCEPTED;
import static vn.motcua.planning.domain.TaskStatus.CANCELLED;
import static vn.motcua.planning.domain.TaskStatus.IN_PROGRESS;
import static vn.motcua.planning.domain.TaskStatus.NOT_STARTED;
import static vn.motcua.planning.domain.TaskStatus.REPORTED_DONE;

/** A task's states, how it counts in the figures, and the checks on what is typed about it. */
class TasksUnitTests {

	private static final LocalDate DUE = LocalDate.of(2025, 3, 31);

	private static void refused(TaskStatus status, TaskAction action) {
		assertThatThrownBy(() -> status.after(action)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo("task-action-not-allowed");
			assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT);
			assertThat(ex.args()).containsExactly(action.name(), status.name());
		});
	}

	private static void field(Runnable check, String field, String key) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(FieldInvalid.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.fieldMessageKey()).isEqualTo(key);
		});
	}

	@Test
	void aTaskGoesFromNotStartedThroughProgressAndReportToAcceptanceOrBack() {
		assertThat(NOT_STARTED.after(PROGRESS)).isEqualTo(IN_PROGRESS);
		assertThat(IN_PROGRESS.after(PROGRESS)).isEqualTo(IN_PROGRESS);
		assertThat(NOT_STARTED.after(REPORT_DONE)).isEqualTo(REPORTED_DONE);
		assertThat(IN_PROGRESS.after(REPORT_DONE)).isEqualTo(REPORTED_DONE);
		assertThat(REPORTED_DONE.after(ACCEPT)).isEqualTo(ACCEPTED);
		assertThat(REPORTED_DONE.after(RETURN)).isEqualTo(IN_PROGRESS);
		assertThat(NOT_STARTED.after(REQUEST_EXTENSION)).isEqualTo(NOT_STARTED);
		assertThat(IN_PROGRESS.after(REQUEST_EXTENSION)).isEqualTo(IN_PROGRESS);
		for (TaskStatus open : new TaskStatus[] { NOT_STARTED, IN_PROGRESS, REPORTED_DONE }) {
			assertThat(open.open()).isTrue();
			assertThat(open.after(CANCEL)).isEqualTo(CANCELLED);
			assertThat(open.after(DECIDE_EXTENSION)).isEqualTo(open);
		}
	}

	@Test
	void whatAStatusDoesNotAllowIsRefused() {
		refused(REPORTED_DONE, PROGRESS);
		refused(REPORTED_DONE, REPORT_DONE);
		refused(REPORTED_DONE, REQUEST_EXTENSION);
		refused(IN_PROGRESS, ACCEPT);
		refused(NOT_STARTED, RETURN);
		for (TaskAction action : TaskAction.values()) {
			refused(ACCEPTED, action);
			refused(CANCELLED, action);
		}
		assertThat(ACCEPTED.open()).isFalse();
		assertThat(CANCELLED.open()).isFalse();
	}

	@Test
	void onlyAcceptReturnAndCancelAreTheAssigners() {
		assertThat(TaskAction.values()).filteredOn(TaskAction::byAssigner).containsExactly(ACCEPT, RETURN, CANCEL, DECIDE_EXTENSION);
	}

	@Test
	void doneOnTimeIsJudgedAgainstTheOriginalDeadlineOverdueAgainstTheOneInForce() {
		LocalDate extended = DUE.plusDays(10);
		assertThat(Outcome.of(ACCEPTED, DUE, extended, DUE, DUE.plusDays(20))).isEqualTo(Outcome.DONE_ON_TIME);
		assertThat(Outcome.of(ACCEPTED, DUE, extended, DUE.plusDays(1), DUE.plusDays(20))).isEqualTo(Outcome.DONE_LATE);
		assertThat(Outcome.of(ACCEPTED, DUE, DUE, null, DUE)).isEqualTo(Outcome.DONE_LATE);
		assertThat(Outcome.of(IN_PROGRESS, DUE, extended, null, extended)).isEqualTo(Outcome.IN_PROGRESS);
		assertThat(Outcome.of(REPORTED_DONE, DUE, extended, null, extended.plusDays(1))).isEqualTo(Outcome.OVERDUE);
		// reported done in time and waiting for acceptance: not overdue
		assertThat(Outcome.of(REPORTED_DONE, DUE, extended, extended, extended.plusDays(1))).isEqualTo(Outcome.IN_PROGRESS);
		assertThat(Outcome.of(REPORTED_DONE, DUE, DUE, DUE.plusDays(1), DUE.plusDays(2))).isEqualTo(Outcome.OVERDUE);
		assertThat(Outcome.of(REPORTED_DONE, DUE, DUE, DUE.plusDays(1), DUE)).isEqualTo(Outcome.IN_PROGRESS);
		assertThat(Outcome.of(NOT_STARTED, DUE, DUE, null, DUE.plusDays(1))).isEqualTo(Outcome.OVERDUE);
		assertThat(Outcome.of(CANCELLED, DUE, DUE, null, DUE.plusDays(1))).isEqualTo(Outcome.CANCELLED);
		assertThat(Outcome.values()).filteredOn(Outcome::judged)
			.containsExactly(Outcome.DONE_ON_TIME, Outcome.DONE_LATE, Outcome.OVERDUE);
	}

	@Test
	void aDeadlineIsADateOrWorkingDaysNeverBothNorNone() {
		LocalDate today = LocalDate.of(2025, 3, 3);
		assertThat(TaskRules.deadline(DUE, null, today)).isEqualTo(DUE);
		assertThat(TaskRules.deadline(today, null, today)).isEqualTo(today);
		assertThat(TaskRules.deadline(null, 10, today)).isNull();
		assertThat(TaskRules.deadline(null, 1, today)).isNull();
		assertThat(TaskRules.deadline(null, TaskRules.MAX_WORKING_DAYS, today)).isNull();
		field(() -> TaskRules.deadline(null, null, today), "dueDate", "validation.task-deadline");
		field(() -> TaskRules.deadline(DUE, 10, today), "dueDate", "validation.task-deadline");
		field(() -> TaskRules.deadline(null, 0, today), "workingDays", "validation.range");
		field(() -> TaskRules.deadline(null, TaskRules.MAX_WORKING_DAYS + 1, today), "workingDays", "validation.range");
		field(() -> TaskRules.deadline(today.minusDays(1), null, today), "dueDate", "validation.task-due-before-assignment");
	}

	@Test
	void progressIsAPercentageAnExtensionLaterAndAReasonSaid() {
		assertThat(TaskRules.percent(0)).isZero();
		assertThat(TaskRules.percent(100)).isEqualTo(100);
		field(() -> TaskRules.percent(101), "percent", "validation.range");
		field(() -> TaskRules.percent(-1), "percent", "validation.range");
		field(() -> TaskRules.percent(null), "percent", "validation.range");
		assertThat(TaskRules.extension(DUE.plusDays(1), DUE)).isEqualTo(DUE.plusDays(1));
		field(() -> TaskRules.extension(DUE, DUE), "dueDate", "validation.task-extension-not-later");
		field(() -> TaskRules.extension(null, DUE), "dueDate", "validation.task-extension-not-later");
		assertThat(TaskRules.reason("  Thiếu biên bản  ")).isEqualTo("Thiếu biên bản");
		field(() -> TaskRules.reason(" "), "reason", "validation.required");
		field(() -> TaskRules.reason(null), "reason", "validation.required");
	}

	@Test
	void leadersHeadsAndTheParCommitteeOfAUnitGiveWork() {
		java.util.UUID unit = java.util.UUID.randomUUID();
		for (Role role : new Role[] { Role.LEADER, Role.HEAD_OF_UNIT, Role.PAR_COMMITTEE }) {
			assertThat(Assigners.is(TestActor.of("a", unit, role))).as(role.name()).isTrue();
			assertThat(Assigners.is(TestActor.of("a", null, role))).as("no unit").isFalse();
		}
		for (Role role : new Role[] { Role.SPECIALIST, Role.COMMUNE_OFFICER, Role.RECEPTION, Role.ADMIN, Role.PORTAL_EDITOR }) {
			assertThat(Assigners.is(TestActor.of("a", unit, role))).as(role.name()).isFalse();
			assertThatThrownBy(() -> Assigners.require(TestActor.of("a", unit, role))).isInstanceOfSatisfying(
					DomainException.class, ex -> assertThat(ex.code()).isEqualTo("forbidden"));
		}
		Assigners.require(TestActor.of("a", unit, Role.LEADER));
	}

}
