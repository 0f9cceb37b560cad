package vn.motcua.parindex.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.parindex.domain.Indicator;
import vn.motcua.parindex.domain.Level;
import vn.motcua.parindex.domain.Method;

/**
 * A unit's assessment as its page and the API show it: where it stands, the totals so far, and
 * each leaf with the unit's score and explanation, the committee's score and comment, and for a
 * computed leaf the figure behind its points; and what the reader may do — the unit's own officials
 * edit a draft ({@code selfEditable}) and answer the committee's questions until {@code explanationDue}
 * ({@code answerable}); the committee appraises until publication ({@code appraisable}) and asks
 * once ({@code askable}).
 */
public record Assessment(UUID setId, String setName, int year, String unitCode, String unitName, String status,
		boolean selfEditable, boolean appraisable, @Nullable LocalDate explanationDue, boolean askable, boolean answerable,
		double selfScore, double appraisedScore, double bonus, double penalty, double maxPoints, double index,
		@Nullable String band, List<Area> areas, List<Leaf> leaves) {

	/** An area of the 100: its final points over its maximum present, for the radar. */
	public record Area(String code, String title, double points, double maxPoints) {
	}

	/**
	 * @return the unit's weakest criteria, a to-do list: the leaves of the 100 that lost most points
	 * (scored or appraised), at most five, the biggest loss first.
	 */
	public List<Leaf> weakest() {
		return this.leaves.stream()
			.filter(l -> l.method().inMaximum() && l.points() != null && l.points() < l.maxPoints())
			.sorted(java.util.Comparator.comparingDouble((Leaf l) -> l.maxPoints() - l.points()).reversed())
			.limit(5)
			.toList();
	}

	public record Leaf(String code, String title, Method method, double maxPoints, List<Level> levels, @Nullable String guidance,
			@Nullable String evidenceRequired, @Nullable Double self, @Nullable String selfNote, @Nullable Double appraised,
			@Nullable String comment, @Nullable String question, @Nullable String answer, @Nullable Double points, @Nullable Computed computed,
			List<Evidence.EvidenceFile> files, List<EvidenceLinks.Link> links) {
	}

	/**
	 * The figure of a computed leaf: its indicator, its value in percent over the set's period, and
	 * the points it earns.
	 */
	public record Computed(Indicator indicator, @Nullable Double value, LocalDate from, LocalDate to,
			@Nullable Double points) {

		/** @return the statistics' category of the dossiers behind a dossier figure (its drill-down). */
		public String dossiers() {
			return this.indicator == Indicator.ONLINE_SHARE ? "ONLINE" : "RESOLVED";
		}

		/** @return whether the figure counts dossiers of the statistics' drill-down. */
		public boolean ofDossiers() {
			return this.indicator.dossiers();
		}

		/** @return whether the figure counts tasks or periodic reports. */
		public boolean ofWork() {
			return this.indicator == Indicator.TASKS_ON_TIME || this.indicator == Indicator.REPORTS_ON_TIME;
		}

	}

}
