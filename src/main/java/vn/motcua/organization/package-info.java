/**
 * Administrative units (province, district, commune, ward, town) with their history — validity
 * dates, codes reused over time, mergers — and the agencies that handle dossiers: People's
 * Committees, departments, one-stop desks. Units and agencies are public data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization (Tổ chức)", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.motcua.organization;
