package vn.motcua.monitoring.reminders;

/** The reminders' wording: a message key of the bundles with its arguments, in Vietnamese. */
@FunctionalInterface
interface Texts {

	String text(String key, Object... args);

}
