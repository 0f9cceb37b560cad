/** The documents of a dossier for officials: its files, the legal forms and the log book. */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.documents;
