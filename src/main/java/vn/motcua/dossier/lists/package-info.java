/** Lists and work queues of dossiers, inside the official's scope. */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.lists;
