/**
 * The legal forms and registers as PDF and Excel. {@link vn.motcua.dossier.forms.Tabular} is
 * published to the other modules for the reports they submit upward.
 */
@org.springframework.modulith.NamedInterface("forms")
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.forms;
