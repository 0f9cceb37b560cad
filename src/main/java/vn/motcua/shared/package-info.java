/**
 * The shared kernel: the few types every module may use — domain exceptions with a stable error
 * code and Vietnamese text folding for diacritic-insensitive search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
@org.jspecify.annotations.NullMarked
package vn.motcua.shared;
