package vn.motcua.portal.procedures;

import java.util.List;
import java.util.Map;

import vn.motcua.catalogue.ProcedureView;
import vn.motcua.organization.AgencyView;

/**
 * A procedure as the portal shows it, with the offices where it is filed.
 *
 * @param sampleForms the file name of each required document's sample form, by position.
 */
record PublicProcedure(ProcedureView procedure, List<AgencyView> offices, Map<Integer, String> sampleForms) {
}
