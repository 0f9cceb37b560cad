package vn.motcua.monitoring.board;

import org.jspecify.annotations.Nullable;

/** A dossier resolved late or still overdue, as the public sees it: code and procedure, no applicant. */
record LateDossier(String code, String procedureName, @Nullable String dueAt, @Nullable String endedAt,
		boolean resolved, @Nullable String apologyNote) {
}
