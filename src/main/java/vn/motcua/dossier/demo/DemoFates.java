package vn.motcua.dossier.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Schedule;
import vn.motcua.shared.Actor;

/**
 * What becomes of a demo dossier, as of real ones, never past now: most are resolved at 30 %–140 %
 * of their time limit (early, on time or late) and handed over; some are refused, withdrawn, or
 * wait for a supplement that may never come.
 */
final class DemoFates {

	private DemoFates() {
	}

	static void moveOn(Dossier d, Random random, Instant now, Actor actor, Schedule schedule) {
		Instant received = d.intake().receivedAt();
		Instant due = d.dueAt() == null ? received : d.dueAt();
		long span = Math.max(Duration.ofHours(1).toSeconds(), Duration.between(received, due).toSeconds());
		int roll = random.nextInt(100);
		Instant finish = received.plusSeconds((long) (span * (0.3 + random.nextDouble() * 1.1)));
		if (roll < 4 && received.plusSeconds(span / 3).isBefore(now)) {
			d.refuse("Hồ sơ không đủ điều kiện theo quy định", actor, received.plusSeconds(span / 3));
			return;
		}
		if (roll < 7 && received.plusSeconds(span / 4).isBefore(now)) {
			d.withdraw("Người nộp xin rút hồ sơ", actor, received.plusSeconds(span / 4));
			return;
		}
		if (roll < 15 && received.plusSeconds(span / 5).isBefore(now)) {
			Instant back = supplementRound(d, random, now, actor, schedule, received.plusSeconds(span / 5));
			if (back == null) {
				return;
			}
			finish = back.plusSeconds((long) (span * (0.3 + random.nextDouble())));
		}
		finish(d, random, now, actor, finish);
	}

	/** @return when the complete dossier came back, {@literal null} while it is still awaited (or never comes). */
	private static @Nullable Instant supplementRound(Dossier d, Random random, Instant now, Actor actor, Schedule schedule,
			Instant stop) {
		d.requestSupplement("Đề nghị bổ sung giấy tờ còn thiếu", actor, stop);
		Instant back = stop.plus(Duration.ofDays(2 + random.nextInt(6)));
		if (back.isAfter(now) || random.nextInt(4) == 0) { // some applicants never come back
			return null;
		}
		d.supplementReceived(null, actor, back, schedule);
		return back;
	}

	/** Every step, the result and (mostly) its return, spread until {@code finish}, as far as now. */
	private static void finish(Dossier d, Random random, Instant now, Actor actor, Instant finish) {
		int steps = d.steps().size();
		for (int step = 1; step < steps; step++) {
			Instant at = between(d, finish, step, steps);
			if (at.isAfter(now)) {
				return;
			}
			d.completeStep(null, actor, at);
		}
		if (finish.isAfter(now)) {
			return;
		}
		d.resolve(null, actor, finish);
		Instant handed = finish.plus(Duration.ofHours(2 + random.nextInt(48)));
		if (random.nextInt(10) < 8 && handed.isBefore(now)) {
			d.returnResult(null, actor, handed);
		}
	}

	private static Instant between(Dossier d, Instant finish, int step, int steps) {
		Instant start = d.stops().isEmpty() ? d.intake().receivedAt() : d.stops().get(d.stops().size() - 1).resumedAt();
		return start.plusSeconds(Duration.between(start, finish).toSeconds() * step / steps);
	}

}
