package vn.motcua.catalogue;

/** The level of government a procedure belongs to. */
public enum ProcedureLevel {

	/** cấp tỉnh */
	PROVINCE,
	/** cấp huyện (until 30/06/2025) */
	DISTRICT,
	/** cấp xã */
	COMMUNE

}
