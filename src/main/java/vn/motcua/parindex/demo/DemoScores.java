package vn.motcua.parindex.demo;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import vn.motcua.organization.UnitView;
import vn.motcua.parindex.assessment.Scores;
import vn.motcua.parindex.domain.Criterion;
import vn.motcua.parindex.domain.Method;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.shared.Vietnam;

/**
 * Scores of a demo cycle: each unit's own (mostly good, never perfect), and for a finished cycle its
 * submission and the committee's appraisal — one leaf in five lowered with a comment, the survey,
 * now and then a penalty. In the cycle under way only the unit at {@code submitted} submits; the
 * others have scored part of their leaves.
 */
final class DemoScores {

	private final Scores scores;

	private final Random random;

	DemoScores(Scores scores, Random random) {
		this.scores = scores;
		this.random = random;
	}

	/** @param finished whether every unit submitted and the committee appraised all of them. */
	void fill(ParSet set, boolean finished) {
		Instant at = (set.selfDue() == null ? set.periodTo() : set.selfDue()).minusDays(5).atStartOfDay(Vietnam.ZONE)
			.toInstant();
		List<Criterion> leaves = set.tree().leaves().toList();
		for (int u = 0; u < set.units().size(); u++) {
			UnitView unit = set.units().get(u);
			boolean complete = finished || "05641".equals(unit.code());
			int scored = complete ? leaves.size() : leaves.size() * (u % 3) / 3;
			for (Criterion leaf : leaves.subList(0, scored)) {
				if (leaf.method().selfScored()) {
					this.scores.put(set.id(), unit.id(), leaf.code(), true, self(leaf), null, "demo", at);
				}
			}
			if (complete) {
				this.scores.submit(set.id(), unit.id(), "demo", at);
			}
			if (finished) {
				appraise(set, unit, leaves, at.plusSeconds(30L * 86400));
			}
		}
	}

	private double self(Criterion leaf) {
		return switch (leaf.method()) {
			case CHOICE -> leaf.levels().get(this.random.nextInt(4) == 0 ? 1 : 0).points();
			case BONUS -> this.random.nextInt(3) == 0 ? 1 + this.random.nextInt(3) : 0;
			default -> Math.round(leaf.maxPoints() * (0.6 + 0.4 * this.random.nextDouble()) * 2) / 2.0;
		};
	}

	private void appraise(ParSet set, UnitView unit, List<Criterion> leaves, Instant at) {
		for (Criterion leaf : leaves) {
			if (leaf.method() == Method.SURVEY) {
				double points = Math.round(leaf.maxPoints() * (0.65 + 0.25 * this.random.nextDouble()) * 4) / 4.0;
				this.scores.put(set.id(), unit.id(), leaf.code(), false, points, null, "demo", at);
			}
			else if (leaf.method() == Method.PENALTY && this.random.nextInt(6) == 0) {
				this.scores.put(set.id(), unit.id(), leaf.code(), false, 1, "Để xảy ra hồ sơ trễ hạn không xin lỗi", "demo", at);
			}
			else if (leaf.method() == Method.MANUAL && this.random.nextInt(5) == 0) {
				this.scores.put(set.id(), unit.id(), leaf.code(), false, Math.max(0, leaf.maxPoints() - 1.5),
						"Minh chứng chưa đầy đủ, điều chỉnh điểm", "demo", at);
			}
		}
	}

}
