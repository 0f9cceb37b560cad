package vn.motcua.monitoring.statistics;

/** A mutable sum of the rollup columns and the open counts, turned into {@link DossierCounts}. */
final class Tally {

	long online;

	long direct;

	long carriedOver;

	long early;

	long onTime;

	long late;

	long withdrawn;

	long resolvedSeconds;

	long pending;

	long overdue;

	Tally add(Tally other) {
		this.online += other.online;
		this.direct += other.direct;
		this.carriedOver += other.carriedOver;
		this.early += other.early;
		this.onTime += other.onTime;
		this.late += other.late;
		this.withdrawn += other.withdrawn;
		this.resolvedSeconds += other.resolvedSeconds;
		this.pending += other.pending;
		this.overdue += other.overdue;
		return this;
	}

	long resolved() {
		return this.early + this.onTime + this.late;
	}

	DossierCounts counts() {
		long resolved = resolved();
		return new DossierCounts(
				new DossierCounts.Received(this.online + this.direct + this.carriedOver, this.online, this.direct,
						this.carriedOver),
				new DossierCounts.Resolved(resolved, this.early, this.onTime, this.late),
				new DossierCounts.Pending(this.pending, this.pending - this.overdue, this.overdue), this.withdrawn,
				resolved == 0 ? null : Math.round(this.resolvedSeconds / 86400.0 / resolved * 10) / 10.0,
				resolved == 0 ? null : Math.round((this.early + this.onTime) * 1000.0 / resolved) / 10.0);
	}

}
