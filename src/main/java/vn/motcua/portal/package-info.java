/**
 * The public portal: home page and the site settings shown in every page's header and footer
 * (authority, address, phone, e-mail, responsible person). News, polls, feedback and the public
 * services come with their issues.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal (Cổng thông tin)",
		allowedDependencies = { "shared", "organization" })
@org.jspecify.annotations.NullMarked
package vn.motcua.portal;
