package vn.motcua.organization;

/** Kinds of agency (cơ quan) that take part in handling dossiers. */
public enum AgencyKind {

	/** Ủy ban nhân dân */
	PEOPLES_COMMITTEE,
	/** phòng, ban, sở: a specialised department */
	DEPARTMENT,
	/** bộ phận một cửa / trung tâm phục vụ hành chính công */
	ONE_STOP_DESK

}
