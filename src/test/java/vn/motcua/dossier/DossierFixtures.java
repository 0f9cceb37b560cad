package vn.motcua.dossier;

/** Dossier requests in the language of the one-stop desk. */
final class DossierFixtures {

	/** UBND xã Phú Lương (from 01/07/2025). */
	static final String XA_PHU_LUONG = "000.41.00.H55";

	/** Bộ phận Một cửa huyện Phú Lương (until 30/06/2025). */
	static final String DISTRICT_DESK = "000.20.06.H55";

	/** Chứng thực bản sao từ bản chính: commune, same day. */
	static final String CERTIFIED_COPY = "2.000815";

	/** Chứng thực giao dịch về động sản, quyền sử dụng đất, nhà ở: commune, 2 working days. */
	static final String CERTIFIED_TRANSACTION = "2.001035";

	/** Cấp Giấy chứng nhận đăng ký hộ kinh doanh: district, 3 working days (local demo code). */
	static final String HOUSEHOLD_BUSINESS = "DP.000003";

	/** Cấp giấy phép xây dựng nhà ở riêng lẻ: district, 15 calendar days (local demo code). */
	static final String BUILDING_PERMIT = "DP.000004";

	private DossierFixtures() {
	}

	static String intake(String procedure, String agency, String channel) {
		return """
				{"procedureCode":"%s","agencyCode":"%s","channel":"%s",
				 "applicant":{"fullName":"Nguyễn Thị Hồng Nhung","idNumber":"019190012345","phone":"0912 345 678",
				              "email":"nhung@example.vn","address":"Xóm Đồng Kem, xã Phú Lương, tỉnh Thái Nguyên"}}"""
			.formatted(procedure, agency, channel);
	}

	static String action(String action) {
		return "{\"action\":\"%s\"}".formatted(action);
	}

	static String action(String action, String note) {
		return "{\"action\":\"%s\",\"note\":\"%s\"}".formatted(action, note);
	}

	/** A complete dossier of {@code applicant} at {@code agency}, with their ID number and phone. */
	static String intakeBy(String procedure, String agency, String channel, String applicant, String idNumber,
			String phone) {
		return """
				{"procedureCode":"%s","agencyCode":"%s","channel":"%s",
				 "applicant":{"fullName":"%s","idNumber":"%s","phone":"%s"}}"""
			.formatted(procedure, agency, channel, applicant, idNumber, phone);
	}

}
