/**
 * Wiring only, nothing other modules call: the clock, the embedded PostgreSQL, the security
 * filter chains, the mapping of errors to problem details, locale handling and the back-office
 * shell.
 *
 * <h2>API</h2> None: the root holds no type. Other modules meet the platform only through the
 * beans it provides ({@link java.time.Clock}, the {@code PasswordEncoder}, the
 * {@code LocaleResolver}) and the conventions of {@code shared}: {@code DomainException} kinds
 * and codes become problem details, {@code shared.PasswordChange} keeps an official who must
 * change the password on that page.
 *
 * <h2>Sub-packages</h2> {@code time} (the clock), {@code database} (embedded PostgreSQL, its
 * backups, reads on a replica for {@code shared.ReadsFromReplica}), {@code security} (filter chains,
 * bearer tokens through {@code shared.BearerAuthentication}, the password-change gate), {@code errors} (problem details),
 * {@code i18n} (locale), {@code layout} (back-office start page; what every rendered page gets, never an
 * API answer: the viewer, the navigation and each module's {@code shared.PageModel}; static files kept
 * in memory; the controller lookup that passes over mappings by their literal start),
 * {@code startup} (where the application runs).
 *
 * <h2>Events</h2> Publishes none; consumes none of other modules (only Spring's
 * {@code ApplicationReadyEvent}).
 *
 * <h2>Tables</h2> The library tables created by its migrations: the event publication registry,
 * the scheduler's tasks, the HTTP sessions.
 *
 * <h2>Read contracts</h2> None published or consumed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.motcua.platform;
