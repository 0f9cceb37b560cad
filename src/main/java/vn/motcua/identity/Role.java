package vn.motcua.identity;

/**
 * What an official may do. Names are used in {@code @PreAuthorize} role checks; Vietnamese
 * labels are in the message bundles under {@code role.<NAME>}.
 */
public enum Role {

	/** quản trị hệ thống: units, agencies, officials, settings within the scope */
	ADMIN,
	/** cán bộ tiếp nhận và trả kết quả at a one-stop desk */
	RECEPTION,
	/** chuyên viên: appraises dossiers */
	SPECIALIST,
	/** trưởng phòng / lãnh đạo đơn vị: assigns and reviews */
	HEAD_OF_UNIT,
	/** lãnh đạo Ủy ban nhân dân: approves and signs */
	LEADER,
	/** thành viên Ban chỉ đạo cải cách hành chính */
	PAR_COMMITTEE,
	/** công chức cấp xã */
	COMMUNE_OFFICER,
	/** biên tập viên cổng thông tin */
	PORTAL_EDITOR

}
