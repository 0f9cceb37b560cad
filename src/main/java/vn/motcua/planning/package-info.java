/**
 * Plans and tasks (kế hoạch, nhiệm vụ): a unit's plans, its meetings' conclusions and directives
 * from above, the tasks they assign to units and officials with deadlines on the lead unit's
 * calendar, their progress to acceptance, and the periodic reports units send on a schedule.
 *
 * <h2>API</h2>
 * <p>{@code PlanningFigures}: per unit and period, tasks done on time and reports sent on time —
 * what the PAR Index's computed criteria read. Its HTTP API is under {@code /api/v1/tasks},
 * {@code /api/v1/plans}, {@code /api/v1/meetings} and {@code /api/v1/reports}; its pages under
 * {@code /quan-tri/nhiem-vu}, {@code /quan-tri/ke-hoach}, {@code /quan-tri/cuoc-hop},
 * {@code /quan-tri/bao-cao-dinh-ky}. It implements {@code monitoring.OverdueItems}: tasks past or
 * near their deadline reach the lead official and the lead unit's heads.
 *
 * <h2>Read contracts consumed</h2>
 * <p>{@code OrganizationManagement} (units, departments, scopes), {@code IdentityManagement}
 * (officials' names and units), {@code CalendarManagement} (deadlines in working days), and
 * {@code dossier :: forms} to lay out reports as PDF and Excel.
 *
 * <h2>Tables owned</h2>
 * <p>{@code planning_plan}, {@code planning_plan_version}, {@code planning_meeting},
 * {@code planning_conclusion}, {@code planning_task}, {@code planning_task_event},
 * {@code planning_task_file}, {@code planning_report_schedule}, {@code planning_report}.
 *
 * <h2>Inside</h2>
 * <p>{@code domain} (task states and figures, report periods), {@code tasks}, {@code plans},
 * {@code meetings}, {@code reports}, {@code overview}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans and tasks (Kế hoạch, nhiệm vụ)",
		allowedDependencies = { "shared", "organization", "identity", "calendar", "monitoring", "dossier :: forms" })
@org.jspecify.annotations.NullMarked
package vn.motcua.planning;
