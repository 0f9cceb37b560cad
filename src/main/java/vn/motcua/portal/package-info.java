/**
 * The public portal: home page and site settings, the procedure search, the dossier lookup,
 * the feedback and petitions register; news, media, polls and links come with their issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal (Cổng thông tin)",
		allowedDependencies = { "shared", "organization", "calendar", "catalogue", "dossier", "monitoring" })
@org.jspecify.annotations.NullMarked
package vn.motcua.portal;
