/**
 * Reminders (đôn đốc) to officials: step holders before a step's deadline, heads of unit daily
 * with their overdue dossiers and other modules' overdue items, leaders weekly with a digest; the
 * reminder log, its hand-over to e-mail, and the notification centre.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.monitoring.reminders;
