package vn.motcua.dossier.demo;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Schedule;
import vn.motcua.dossier.domain.SupplementRule;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/**
 * What becomes of a demo dossier, as in a commune that works well, never past now: about 97 % of
 * results on time (early or on the day), the rest a little late and most of those with an apology
 * and a new appointment at the latest the day before the due date; a few refused, withdrawn or waiting for a
 * supplement. Every action is taken by an official of the unit holding the step's role, inside
 * office hours ({@link OfficeTime}).
 */
final class DemoFates {

	private final Random random;

	private final Instant now;

	private final DemoStaff staff;

	private final Schedule schedule;

	private final OfficeTime time;

	DemoFates(Random random, Instant now, DemoStaff staff, Schedule schedule, OfficeTime time) {
		this.random = random;
		this.now = now;
		this.staff = staff;
		this.schedule = schedule;
		this.time = time;
	}

	/** @return when the result was handed over, {@literal null} if it was not (yet). */
	@Nullable Instant moveOn(Dossier d) {
		Instant received = d.intake().receivedAt();
		Instant due = d.dueAt() == null ? received : d.dueAt();
		int roll = this.random.nextInt(100);
		if (roll < 3) {
			return end(d, this.time.share(received, due, 0.3), true);
		}
		if (roll < 5) {
			return end(d, this.time.share(received, due, 0.2), false);
		}
		Instant start = received;
		if (roll < 12) {
			// asked within 3 working days of the receipt, as the rule wants (SupplementRule.WINDOW)
			Instant window = this.schedule.closingAfterWorkingDays(received, SupplementRule.WINDOW);
			Instant asked = this.time.share(received, due, 0.2);
			start = supplementRound(d, asked.isAfter(window) ? this.time.share(received, window, 0.5) : asked);
			if (start == null) {
				return null;
			}
		}
		Instant dueNow = d.dueAt() == null ? start : d.dueAt();
		// a same-day result is rarely late: the late ones are those with a day left to apologise in
		boolean late = this.random.nextInt(100) < 3 && d.mayApologiseAt(start);
		double share = late ? 1.05 + this.random.nextDouble() * 0.4 : 0.3 + this.random.nextDouble() * 0.68;
		Instant finish = this.time.share(start, dueNow, share);
		if (late && this.random.nextInt(10) < 8) {
			Instant at = this.time.share(start, dueNow, 0.5);
			apologise(d, d.mayApologiseAt(at) ? at : start, finish);
		}
		return finish(d, start, finish);
	}

	private @Nullable Instant end(Dossier d, Instant at, boolean refused) {
		if (at.isBefore(this.now)) {
			if (refused) {
				d.refuse("Hồ sơ không đủ điều kiện theo quy định; đã có văn bản trả lời nêu rõ lý do",
						actor(d, Role.HEAD_OF_UNIT.name()), at);
			}
			else {
				d.withdraw("Người nộp có đơn xin rút hồ sơ", actor(d, Role.RECEPTION.name()), at);
			}
		}
		return null;
	}

	/** @return when the complete dossier came back, {@literal null} while it is still awaited (or never comes). */
	private @Nullable Instant supplementRound(Dossier d, Instant stop) {
		if (stop.isAfter(this.now)) {
			return null;
		}
		d.requestSupplement("Đề nghị bổ sung bản sao giấy tờ còn thiếu theo phiếu yêu cầu bổ sung", null,
				actor(d, Role.SPECIALIST.name()), stop, this.schedule);
		Instant back = this.time.later(stop, 8 * (1 + this.random.nextInt(4)), 240, this.random);
		if (back.isAfter(this.now) || this.random.nextInt(5) == 0) { // some applicants never come back
			return null;
		}
		d.supplementReceived("Đã nhận đủ giấy tờ bổ sung", actor(d, Role.RECEPTION.name()), back, this.schedule);
		return back;
	}

	private void apologise(Dossier d, Instant at, Instant finish) {
		if (at.isBefore(this.now)) {
			d.apologise(this.time.later(finish, 2, 120, this.random),
					"Xin lỗi ông/bà: hồ sơ cần xác minh thêm nên chưa trả kết quả đúng hẹn; hẹn lại thời gian trả kết quả",
					actor(d, Role.HEAD_OF_UNIT.name()), at);
		}
	}

	/** Every step by its role's official, the result and (mostly) its return, as far as now. */
	private @Nullable Instant finish(Dossier d, Instant start, Instant finish) {
		int steps = d.steps().size();
		for (int step = 1; step < steps; step++) {
			Instant at = this.time.share(start, finish, (double) step / steps);
			Instant stepDue = d.steps().get(step - 1).dueAt();
			if (stepDue != null && at.isAfter(stepDue)) {
				at = stepDue; // each step within its own share, as the heads chase it; only the whole may run late
			}
			if (at.isAfter(this.now)) {
				return null;
			}
			d.completeStep(null, actor(d, d.steps().get(step - 1).role()), at);
		}
		if (finish.isAfter(this.now)) {
			return null;
		}
		String last = steps == 0 ? Role.RECEPTION.name() : d.steps().get(steps - 1).role();
		d.resolve(null, actor(d, last), finish);
		Instant handed = this.time.later(finish, 0, 24 * 60, this.random);
		if (this.random.nextInt(10) < 9 && handed.isBefore(this.now)) {
			// the desk that received it returns it, another commune's for a dossier received for this one
			d.returnResult(null, this.staff.holding(d.intake().receivingUnitId(), Role.RECEPTION, this.random), handed);
			return handed;
		}
		return null;
	}

	private Actor actor(Dossier d, String role) {
		UUID unit = d.intake().unitId();
		return this.staff.holding(unit, role, this.random);
	}

}
