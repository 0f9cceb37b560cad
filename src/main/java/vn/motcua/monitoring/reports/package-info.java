/**
 * The regulated reports: II.06a by field and by unit, the dossier log book, the Circular 01/2018
 * evaluation, and the Decision 766 service index — as pages, files and API.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.monitoring.reports;
