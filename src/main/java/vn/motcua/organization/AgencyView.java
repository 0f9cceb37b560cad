package vn.motcua.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An agency of an administrative unit.
 *
 * @param code the identifier code of the national standard (e.g. {@code 000.00.06.H55}) that
 * begins the codes of the dossiers it receives.
 */
public record AgencyView(UUID id, String code, String name, AgencyKind kind, UUID unitId, String unitCode,
		String unitName, @Nullable UUID parentId, @Nullable String address, @Nullable String phone,
		@Nullable String email, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, long version) {
}
