/** Intake at the counter and from online submissions: the dossier code, the terms received under. */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.intake;
