/**
 * Wiring only, nothing other modules call: the clock, the embedded PostgreSQL, security filter
 * chains, the mapping of errors to problem details, locale handling and the back-office shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.motcua.platform;
