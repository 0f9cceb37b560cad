/**
 * Officials (cán bộ, công chức) and their roles, login with lockout, and the unit scope of what
 * each official sees and does. Citizens' accounts come with the online services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity (Tài khoản)",
		allowedDependencies = { "shared", "organization" })
@org.jspecify.annotations.NullMarked
package vn.motcua.identity;
