/** Demo profile: dossiers in every state over the last months, generated once from a fixed seed. */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.demo;
