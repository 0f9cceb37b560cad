package vn.motcua.organization;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Kinds of administrative unit (đơn vị hành chính). */
public enum UnitType {

	/** tỉnh, thành phố trực thuộc trung ương */
	PROVINCE,
	/** huyện, quận, thị xã, thành phố thuộc tỉnh (until 30/06/2025) */
	DISTRICT,
	/** xã */
	COMMUNE,
	/** phường */
	WARD,
	/** thị trấn (until 30/06/2025) */
	TOWN;

	/** The first day of the two-tier local government (Resolution 202/2025/QH15): no districts, no towns. */
	public static final LocalDate TWO_TIERS_FROM = LocalDate.of(2025, 7, 1);

	/** @return whether a unit of this type may exist on {@code date} (districts and towns ended on 30/06/2025). */
	public boolean existsOn(LocalDate date) {
		return date.isBefore(TWO_TIERS_FROM) || (this != DISTRICT && this != TOWN);
	}

	/** @return the types a unit in force on {@code date} may have, for choices and filters. */
	public static List<UnitType> offeredOn(LocalDate date) {
		return Arrays.stream(values()).filter(t -> t.existsOn(date)).toList();
	}

	/** @return whether the unit is at the lowest tier (xã, phường, thị trấn). */
	public boolean isGrassroots() {
		return this == COMMUNE || this == WARD || this == TOWN;
	}

}
