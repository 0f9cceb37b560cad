/** What the applicant of a dossier is told, by e-mail and SMS: each step they hear of, and an appointment coming. */
@org.jspecify.annotations.NullMarked
package vn.motcua.notification.dossiers;
