package vn.motcua.dossier.domain;

import java.util.UUID;

/** What an online submission asks for and where: the procedure and the one-stop desk chosen. */
public record Filing(String procedureCode, String procedureName, String agencyCode, String agencyName, UUID unitId) {
}
