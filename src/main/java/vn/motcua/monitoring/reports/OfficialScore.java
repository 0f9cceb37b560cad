package vn.motcua.monitoring.reports;

/** An official's steps finished in the period, how many late, and their time score out of 2. */
record OfficialScore(String username, long steps, long late, double score) {
}
