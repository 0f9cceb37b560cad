package vn.motcua.organization;

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

	/** @return whether the unit is at the lowest tier (xã, phường, thị trấn). */
	public boolean isGrassroots() {
		return this == COMMUNE || this == WARD || this == TOWN;
	}

}
