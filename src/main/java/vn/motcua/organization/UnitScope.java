package vn.motcua.organization;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The administrative units an official may see and act on: the home unit, its sub-units and the
 * units it succeeded (with their sub-units), in every era; or everything, for a system-wide
 * administrator.
 */
public record UnitScope(boolean systemWide, Set<UUID> unitIds) {

	/** The scope of a system-wide administrator. */
	public static final UnitScope SYSTEM_WIDE = new UnitScope(true, Set.of());

	/** @param unitIds copied: the scope never changes. */
	public UnitScope {
		unitIds = Set.copyOf(unitIds);
	}

	/**
	 * @param unitId may be {@literal null} for system-wide records.
	 * @return whether the unit is inside this scope.
	 */
	public boolean contains(@Nullable UUID unitId) {
		return this.systemWide || (unitId != null && this.unitIds.contains(unitId));
	}

	/**
	 * The one way SQL is limited to a scope: bind {@link #sqlUnits()} as {@code :scope}.
	 * @param column a column holding a unit id, such as {@code d.unit_id}.
	 * @return {@code true} for a system-wide scope, otherwise {@code column = any(:scope)}.
	 */
	public String sqlCondition(String column) {
		return this.systemWide ? "true" : column + " = any(:scope)";
	}

	/** @return the value of the {@code :scope} parameter of {@link #sqlCondition(String)}. */
	public UUID[] sqlUnits() {
		return this.unitIds.toArray(UUID[]::new);
	}

}
