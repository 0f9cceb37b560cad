/**
 * Dossiers as the public and their citizens see them: the lookup by code and second factor, a
 * citizen's own dossiers with their forms and supplements, and the rating of a returned one.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.lookup;
