/**
 * The public portal: home page and site settings, the procedure search, the dossier lookup,
 * and (later) news, media, polls, links, feedback and petitions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal (Cổng thông tin)",
		allowedDependencies = { "shared", "organization", "catalogue", "dossier" })
@org.jspecify.annotations.NullMarked
package vn.motcua.portal;
