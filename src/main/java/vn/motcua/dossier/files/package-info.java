/**
 * The files of dossiers and of online submissions: stored and read in one place, received from
 * pages and sent to the browser.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.files;
