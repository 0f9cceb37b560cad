/**
 * The working calendar every deadline comes from: the Vietnamese lunar calendar (UTC+7), public
 * holidays by the Labour Code and the government's yearly decisions, each unit's office hours,
 * and the deadline arithmetic of RULES.md §4. Served from memory: no database round trip per
 * computation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar (Lịch làm việc)",
		allowedDependencies = { "shared", "organization" })
@org.jspecify.annotations.NullMarked
package vn.motcua.calendar;
