package vn.motcua.monitoring.statistics;

/** The figure of report II.06a a list of dossiers stands behind. */
public enum Category {

	RECEIVED, ONLINE, DIRECT, CARRIED_OVER, RESOLVED, EARLY, ON_TIME, LATE, PENDING, WITHIN_TIME, OVERDUE, WITHDRAWN

}
