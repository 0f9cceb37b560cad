/**
 * Signed electronic results: a resolved dossier's result signed as a PAdES signature with the
 * competent agency's certificate, downloaded by officials and the applicant, verified by anyone.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.results;
