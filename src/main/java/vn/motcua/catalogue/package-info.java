/**
 * The catalogue of administrative procedures (thủ tục hành chính): the national database's fields,
 * versions by effective date, required documents and their sample forms, fees, and each procedure's
 * internal process with the role and share of the time limit of every step, per agency.
 *
 * <h2>API</h2>
 * <ul>
 * <li>{@link vn.motcua.catalogue.CatalogueManagement}: the version of a procedure in force on a day
 * (or by id), the search, the internal process an agency follows; recording versions and agencies'
 * processes.</li>
 * <li>{@link vn.motcua.catalogue.SampleForms}: the sample forms of a procedure's documents.</li>
 * <li>Records and enums: {@link vn.motcua.catalogue.ProcedureView} (with its documents, steps and
 * particulars), {@link vn.motcua.catalogue.ProcedureDraft}, {@link vn.motcua.catalogue.ProcedureLevel},
 * {@link vn.motcua.catalogue.OnlineLevel}.</li>
 * </ul>
 *
 * <h2>Events</h2>
 * <p>Publishes {@link vn.motcua.catalogue.CatalogueChanged} once a version, a process or a sample
 * form is committed (plain listeners: the portal forgets its kept procedure pages); consumes none.
 * Other modules read the catalogue through the facade when they receive a dossier.
 *
 * <h2>Tables owned</h2>
 * <p>{@code catalogue_procedure}, {@code catalogue_required_document}, {@code catalogue_process_step}
 * (an agency's own steps have its {@code agency_id}; the default process has none),
 * {@code catalogue_sample_form}.
 *
 * <h2>Read contracts</h2>
 * <p>Publishes {@link vn.motcua.catalogue.ProcedureView}: a step's role is a
 * {@link vn.motcua.shared.Role} name. Consumes {@code OrganizationManagement} (agencies by code, an
 * official's scope) and the shared {@code Uploads}.
 *
 * <h2>Inside</h2>
 * <p>{@code procedures} (the versions' tables), {@code versions} (recording versions; the
 * procedure's back-office page), {@code search}, {@code process} (agencies' internal processes),
 * {@code imports} (Excel), {@code forms} (sample forms), {@code domain} (the default process and
 * the rules of a process and of required documents), {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue (Thủ tục hành chính)",
		allowedDependencies = { "shared", "organization", "calendar", "identity" })
@org.jspecify.annotations.NullMarked
package vn.motcua.catalogue;
