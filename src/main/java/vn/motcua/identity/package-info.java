/**
 * Officials (cán bộ, công chức) with their roles, login with lockout, and the unit scope of what
 * each official sees and does; citizens' accounts for the online services, verified by a one-time
 * code or an OpenID Connect provider.
 *
 * <h2>API</h2> {@link vn.motcua.identity.IdentityManagement}: the officials an official may see
 * ({@link vn.motcua.identity.OfficialView}) and its unit scope; the officials of a unit holding a role and
 * how officials are named ({@link vn.motcua.identity.OfficialName}), for the dossier desk. A logged-in citizen is a
 * {@link vn.motcua.identity.CitizenPrincipal} (deliberately not an {@code Actor}); a logged-in
 * official is an {@code Actor} of {@code shared}, with the roles of {@code shared.Role}.
 *
 * <h2>Sub-packages</h2> {@code domain} (the {@code Official} aggregate, password and lockout
 * policies, contacts and one-time codes), {@code officials} (administration, own password,
 * pages and API, the first administrator), {@code login} (officials' login, lockout, the memory
 * of recent logins, API access tokens for integrations), {@code citizens} (citizen accounts, codes, their security chain and
 * identity provider), {@code demo} (demo accounts).
 *
 * <h2>Events</h2> Publishes {@link vn.motcua.identity.CitizenCodeIssued} (the notifications send
 * the code). Consumes none of other modules (only Spring Security's authentication events).
 *
 * <h2>Tables</h2> {@code identity_official}, {@code identity_official_role},
 * {@code identity_login_state}, {@code identity_api_token}, {@code identity_citizen}, {@code identity_otp}.
 * It implements the shared {@code BearerAuthentication} port the platform's API chain asks.
 *
 * <h2>Read contracts</h2> Publishes the views above; consumes {@code organization}'s agencies
 * and unit scopes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity (Tài khoản)",
		allowedDependencies = { "shared", "organization" })
@org.jspecify.annotations.NullMarked
package vn.motcua.identity;
