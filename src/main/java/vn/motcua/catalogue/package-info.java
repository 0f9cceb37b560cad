/**
 * The catalogue of administrative procedures (thủ tục hành chính): the national database's fields,
 * versions by effective date, required documents, fees, and each procedure's internal process
 * with the role and share of the time limit of every step.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue (Thủ tục hành chính)",
		allowedDependencies = { "shared", "organization", "calendar", "identity" })
@org.jspecify.annotations.NullMarked
package vn.motcua.catalogue;
