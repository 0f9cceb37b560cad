package vn.motcua.shared;

import java.util.List;

/**
 * What an official may do. Names are used in {@code @PreAuthorize} role checks (see
 * {@link AdministratorsOnly}); Vietnamese labels are in the message bundles under
 * {@code role.<NAME>}. Every module checks roles through this type, never through a copy of a name.
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
	/** biên tập viên cổng thông tin: approves, publishes and unpublishes articles */
	PORTAL_EDITOR,
	/** phóng viên, cộng tác viên cổng thông tin: drafts articles and submits them for approval */
	PORTAL_WRITER;

	private static final List<Role> STEP_HOLDERS = List.of(RECEPTION, SPECIALIST, HEAD_OF_UNIT, LEADER, COMMUNE_OFFICER);

	/** @return the roles a step of a procedure's internal process may be given to, in process order. */
	public static List<Role> stepHolders() {
		return STEP_HOLDERS;
	}

	/**
	 * @param step the role a step of an internal process is given to.
	 * @return whether an official holding this role takes such a step: their own role's, and for a
	 * commune civil servant also the desk's and the specialist's (a commune's officers are
	 * generalists; only the heads and the chairman keep theirs).
	 */
	public boolean takesStepsOf(Role step) {
		return this == step || (this == COMMUNE_OFFICER && (step == RECEPTION || step == SPECIALIST));
	}

	/** @return whether a step of an internal process may be given to {@code name}. */
	public static boolean holdsSteps(String name) {
		return STEP_HOLDERS.stream().anyMatch(r -> r.name().equals(name));
	}

}
