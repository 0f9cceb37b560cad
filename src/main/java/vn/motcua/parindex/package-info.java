/**
 * PAR Index (chỉ số cải cách hành chính, RULES.md §7): criteria sets per year and issuer — a tree
 * of areas, criteria and sub-criteria with maxima, scoring methods, bands — the assessed units'
 * self-assessment, the committee's appraisal, results ranked and published. Computed criteria are
 * scored from MotCua's own statistics.
 *
 * <h2>API</h2>
 * <p>No facade: nothing in another module calls it. Its HTTP API is under {@code /api/v1/par}; its
 * pages under {@code /quan-tri/chi-so-cchc} and, published results, {@code /chi-so-cai-cach-hanh-chinh}.
 * It implements {@code monitoring.OverdueItems}: self-assessments not sent by their due day reach
 * the heads' daily reminder.
 *
 * <h2>Read contracts consumed</h2>
 * <p>{@code OrganizationManagement} (units, scopes), {@code monitoring.UnitFigures} and
 * {@code planning.PlanningFigures}, {@code portal.FeedbackFigures} (the computed criteria's figures:
 * dossiers and ratings, tasks, reports, feedback answered in time), {@code CalendarManagement} (when a unit's due day ends), and
 * {@code dossier :: forms} to lay out the results as Excel and PDF.
 *
 * <h2>Tables owned</h2>
 * <p>{@code par_set}, {@code par_assessment}, {@code par_score}, {@code par_score_change}.
 *
 * <h2>Inside</h2>
 * <p>{@code domain} (the criteria tree and its rules, the scorecard, the ranking), {@code sets},
 * {@code assessment} (self-scores and appraisal), {@code results} (ranking and publication).
 */
@org.springframework.modulith.ApplicationModule(displayName = "PAR Index (Chỉ số cải cách hành chính)",
		allowedDependencies = { "shared", "organization", "calendar", "monitoring", "planning", "portal", "dossier :: forms" })
@org.jspecify.annotations.NullMarked
package vn.motcua.parindex;
