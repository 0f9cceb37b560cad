package vn.motcua.organization.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyKind;

/**
 * An agency (cơ quan) of an administrative unit: what an administrator entered, checked against
 * the rules of the organisation model, and the version it was read at.
 */
public final class Agency {

	private final UUID id;

	private AgencyDetails details;

	private final long version;

	private Agency(UUID id, AgencyDetails details, long version) {
		this.id = id;
		this.details = details;
		this.version = version;
	}

	/**
	 * A new agency, not yet stored (version 0).
	 * @throws OrganizationRuleViolated {@code validity-reversed}.
	 */
	public static Agency create(AgencyDetails details) {
		var agency = new Agency(UUID.randomUUID(), details, 0);
		agency.change(details);
		return agency;
	}

	/** An agency as stored, at {@code version}; its details are not checked again. */
	public static Agency restore(UUID id, AgencyDetails details, long version) {
		return new Agency(id, details, version);
	}

	/**
	 * Replaces what an administrator edits: code and name without surrounding white space.
	 * @throws OrganizationRuleViolated {@code validity-reversed} for a period that ends before it
	 * starts, {@code agency-parent-self} for an agency above itself.
	 */
	public void change(AgencyDetails details) {
		ValidityPeriod.check(details.validFrom(), details.validTo());
		if (this.id.equals(details.parentId())) {
			throw new OrganizationRuleViolated("agency-parent-self");
		}
		this.details = new AgencyDetails(details.code().strip(), details.name().strip(), details.kind(),
				details.unitId(), details.parentId(), details.address(), details.phone(), details.email(),
				details.validFrom(), details.validTo());
	}

	public UUID id() {
		return this.id;
	}

	/** @return what is stored of the agency besides its id and version. */
	public AgencyDetails details() {
		return this.details;
	}

	public UUID unitId() {
		return this.details.unitId();
	}

	/** @return the version the agency was read at (0 before it is stored). */
	public long version() {
		return this.version;
	}

	/** What an administrator enters for an agency. */
	public record AgencyDetails(String code, String name, AgencyKind kind, UUID unitId, @Nullable UUID parentId,
			@Nullable String address, @Nullable String phone, @Nullable String email, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo) {
	}

}
