/**
 * The citizen's data store (kho quản lý dữ liệu điện tử): what the desk digitised from an
 * account's dossiers and their signed results, listed for the citizen and reused by later
 * submissions.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.store;
