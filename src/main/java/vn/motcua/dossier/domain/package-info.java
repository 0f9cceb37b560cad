/**
 * The dossier's domain in plain Java: the {@code Dossier} aggregate (its lifecycle table, steps,
 * clock stops, due moments and history), who may act ({@code ActionPolicy}), and the online
 * {@code Submission}.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.domain;
