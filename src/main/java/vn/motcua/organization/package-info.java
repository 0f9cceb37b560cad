/**
 * Administrative units (province, district, commune, ward, town) with their history — validity
 * dates, codes reused over time, mergers — and the agencies that handle dossiers: People's
 * Committees, departments, one-stop desks. Units and agencies are public data.
 *
 * <h2>API</h2> {@link vn.motcua.organization.OrganizationManagement}: units and agencies in force
 * on a date or of every era ({@link vn.motcua.organization.UnitView},
 * {@link vn.motcua.organization.AgencyView}), «the agency with this code on this date»
 * ({@code agencyOn}), «the top unit» ({@code topUnitOn}), mergers ({@code predecessors},
 * {@code successors}) and the {@link vn.motcua.organization.UnitScope} of an official — the one
 * way SQL is limited to what an official may see ({@code sqlCondition}, {@code sqlUnits}).
 *
 * <h2>Sub-packages</h2> {@code domain} (the {@code AdministrativeUnit} and {@code Agency}
 * aggregates and their rules), {@code units} (unit queries, scopes, administration, pages and
 * API), {@code agencies} (the same for agencies), {@code demo} (the Phú Lương demo district).
 *
 * <h2>Events</h2> Publishes {@link vn.motcua.organization.OrganizationChanged} when a unit, an agency or a
 * succession is recorded and again when its transaction ends (plain listeners forget what they kept);
 * consumes none.
 *
 * <h2>Tables</h2> {@code organization_unit}, {@code organization_unit_succession},
 * {@code organization_agency}.
 *
 * <h2>Read contracts</h2> Publishes the views and the scope above; consumes none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization (Tổ chức)", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.motcua.organization;
