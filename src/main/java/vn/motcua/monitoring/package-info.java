/**
 * Monitoring and reminders (theo dõi, đôn đốc): statistics read models fed by the dossier events
 * (rollups per unit, procedure and day), dashboards with drill-down, the regulated reports
 * (II.06a, the Circular 01/2018 indicators), the Decision 766 service index, reminders to
 * officials before and after deadlines with their in-app notification centre, and the public board
 * of results. Reads dossiers only through the views the dossier module publishes for it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring (Theo dõi, đôn đốc)",
		allowedDependencies = { "shared", "organization", "calendar", "identity", "catalogue", "dossier",
				"dossier :: forms", "notification" })
@org.jspecify.annotations.NullMarked
package vn.motcua.monitoring;
