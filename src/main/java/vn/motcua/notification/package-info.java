/**
 * Notifications to citizens by e-mail and SMS: it listens to the events of other modules (never
 * called synchronously), renders the templates of the message bundles, and keeps a delivery log
 * that sends each event at most once per channel and retries failures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification (Thông báo)",
		allowedDependencies = { "shared", "calendar", "dossier", "identity" })
@org.jspecify.annotations.NullMarked
package vn.motcua.notification;
