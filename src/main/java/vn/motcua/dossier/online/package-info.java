/**
 * Online submission: the citizen's draft written step by step and sent, and the desk that decides
 * on it as at the counter.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.online;
