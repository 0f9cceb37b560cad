/**
 * Acting on a dossier and reading it: the transitions, their one batched write and the copy this
 * node remembers, the dossier as the pages and the API show it.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.processing;
