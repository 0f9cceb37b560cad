package vn.motcua.catalogue;

/** How far a procedure can be done online. */
public enum OnlineLevel {

	/** dịch vụ công trực tuyến toàn trình */
	FULL_ONLINE,
	/** dịch vụ công trực tuyến một phần */
	PARTIAL_ONLINE,
	/** only at the counter or by post */
	DIRECT_ONLY

}
