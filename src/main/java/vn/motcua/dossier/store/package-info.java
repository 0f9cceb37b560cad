/**
 * The citizen's data store (kho quản lý dữ liệu điện tử): what the desk digitised from a person's
 * dossiers and their signed results, listed for the citizen and reused by later submissions online
 * and by the desk receiving a later dossier of the same person at the counter, who is shown each
 * desk's look and take ({@code StoreAccesses}).
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.store;
