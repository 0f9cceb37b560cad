package vn.motcua.portal.demo;

import java.util.List;

/** Demo profile: the texts of the authorities' pages, links and announcement ({@link DemoSite}). */
final class DemoSiteTexts {

	/** The province's pages: address, title, body, order. */
	static final List<String[]> PROVINCE_PAGES = List.of(new String[] { "gioi-thieu", "Giới thiệu tỉnh Thái Nguyên", """
			<p>Tỉnh Thái Nguyên được sắp xếp từ tỉnh Thái Nguyên và tỉnh Bắc Kạn theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của
			Quốc hội; từ ngày 01/7/2025 chính quyền địa phương tổ chức theo mô hình hai cấp: tỉnh và xã, phường.</p>
			<p>Tỉnh có 92 đơn vị hành chính cấp xã. Trên địa bàn huyện Phú Lương cũ có bốn xã: Phú Lương, Vô Tranh, Yên Trạch và
			Hợp Thành (Nghị quyết số 1683/NQ-UBTVQH15).</p>
			<p>Cổng Dịch vụ công tỉnh là nơi người dân, doanh nghiệp tìm thủ tục hành chính, nộp và theo dõi hồ sơ, gửi phản ánh,
			kiến nghị và xem công khai kết quả giải quyết của từng xã.</p>""", "0" },
			new String[] { "chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ", """
					<p>Ủy ban nhân dân tỉnh là cơ quan chấp hành của Hội đồng nhân dân tỉnh, cơ quan hành chính nhà nước ở địa phương,
					thực hiện nhiệm vụ, quyền hạn theo Luật Tổ chức chính quyền địa phương năm 2025.</p>
					<ul><li>Tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của Hội đồng nhân dân tỉnh.</li>
					<li>Chỉ đạo công tác cải cách hành chính, thực hiện cơ chế một cửa, một cửa liên thông trên địa bàn tỉnh.</li>
					<li>Quản lý nhà nước về các ngành, lĩnh vực; hướng dẫn, kiểm tra Ủy ban nhân dân cấp xã.</li></ul>""", "1" },
			new String[] { "lien-he", "Liên hệ", """
					<p>Tiếp công dân: sáng thứ Năm hằng tuần tại Ban Tiếp công dân tỉnh.</p>
					<p>Hỗ trợ sử dụng Cổng Dịch vụ công: Trung tâm Phục vụ hành chính công tỉnh, trong giờ hành chính các ngày làm việc.</p>""",
					"9" });

	/** Web links: title, address, order. */
	static final List<String[]> LINKS = List.of(new String[] { "Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "1" },
			new String[] { "Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn", "2" },
			new String[] { "Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn", "3" },
			new String[] { "Cổng Thông tin điện tử tỉnh Thái Nguyên", "https://thainguyen.gov.vn", "4" });

	/** The communes' chairpersons, as in the demo accounts: unit, name, «nữ» or «nam». */
	static final List<String[]> COMMUNE_LEADERS = List.of(new String[] { "05611", "Hà Thị Thanh Hương", "nữ" },
			new String[] { "05641", "Nông Thị Hải Yến", "nữ" }, new String[] { "05620", "Hoàng Văn Chiến", "nam" },
			new String[] { "05632", "Lưu Văn Dũng", "nam" });

	static final String DISTRICT = """
			<p>Huyện Phú Lương thuộc tỉnh Thái Nguyên, gồm các xã, thị trấn đến hết ngày 30/6/2025. Từ ngày 01/7/2025, chính quyền
			địa phương cấp huyện kết thúc hoạt động; địa bàn huyện được sắp xếp thành các xã Phú Lương, Vô Tranh, Yên Trạch và
			Hợp Thành.</p><p>Trang này được giữ để tra cứu thông tin, tin bài của huyện trước ngày 01/7/2025.</p>""";

	static final String UPGRADE = "Hệ thống tạm dừng để nâng cấp từ 20 giờ thứ Bảy 05/12/2026 đến 6 giờ Chủ nhật 06/12/2026.";

	/** The article that explains the upgrade (seed/portal-demo-articles.csv). */
	static final String UPGRADE_ARTICLE = "Thông báo tạm dừng hệ thống thông tin giải quyết thủ tục hành chính để nâng cấp";

	private DemoSiteTexts() {
	}

}
