package vn.motcua.portal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.domain.FeedbackCategory;
import vn.motcua.portal.domain.FeedbackSubmission;
import vn.motcua.portal.feedback.PastFeedback;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile: a few feedbacks of the last weeks to the communes in force, each answered within
 * the time limit, in office hours, by the head of the commune's office (the seeded
 * {@code truongphong.<xã>}), most published on the portal. Once, on an empty register.
 */
@Component
@Profile("demo")
@Order(31)
class DemoFeedback implements ApplicationRunner {

	private record Item(String unit, String commune, String name, String hamlet, FeedbackCategory category,
			String subject, String content, String answer, boolean publish) {
	}

	private static final List<Item> ITEMS = List.of(
			new Item("05611", "phuluong", "Nguyễn Thị Hằng", "xóm Đồng Tâm", FeedbackCategory.HANDLING,
					"Hướng dẫn đăng ký khai sinh khi cha mẹ chưa đăng ký kết hôn",
					"Tôi sinh con tháng trước nhưng chưa đăng ký kết hôn. Đề nghị hướng dẫn giấy tờ cần mang khi đăng ký khai sinh cho cháu.",
					"UBND xã trả lời: cha, mẹ chưa đăng ký kết hôn vẫn đăng ký khai sinh cho con tại UBND xã nơi cư trú của cha hoặc mẹ, theo Luật Hộ tịch năm 2014. Bà mang tờ khai, giấy chứng sinh và giấy tờ tùy thân đến Bộ phận Một cửa xã; nếu cha nhận con thì kết hợp đăng ký nhận cha, con cùng lúc. Công chức Tư pháp - Hộ tịch sẽ hướng dẫn trực tiếp.",
					true),
			new Item("05641", "votranh", "Lương Văn Hùng", "xóm Khe Cốc", FeedbackCategory.PROPOSAL,
					"Đề nghị bổ sung ghế chờ tại Bộ phận Một cửa xã",
					"Buổi sáng thứ Hai đông người, nhiều người cao tuổi phải đứng chờ. Đề nghị xã bố trí thêm ghế và nước uống.",
					"UBND xã Vô Tranh cảm ơn ý kiến của ông. Xã đã bố trí thêm 10 ghế chờ, bình nước uống và sắp xếp thêm một công chức tiếp nhận vào sáng thứ Hai.",
					true),
			new Item("05620", "yentrach", "Triệu Thị Lan", "xóm Làng Mới", FeedbackCategory.HANDLING,
					"Hồ sơ chứng thực chưa được trả đúng hẹn",
					"Tôi nộp hồ sơ chứng thực hợp đồng tặng cho tài sản, đến ngày hẹn chưa nhận được kết quả.",
					"UBND xã Yên Trạch xin lỗi bà vì sự chậm trễ. Hồ sơ cần xác minh thêm chữ ký của một bên; xã đã gửi phiếu xin lỗi và hẹn lại, kết quả đã được trả cho bà. Xã đã nhắc nhở công chức phụ trách thực hiện đúng thời hạn.",
					true),
			new Item("05632", "hopthanh", "Đỗ Văn Quang", "xóm Bãi Bằng", FeedbackCategory.REGULATION,
					"Hỏi về lệ phí cấp bản sao trích lục hộ tịch",
					"Đề nghị cho biết mức phí cấp bản sao trích lục khai sinh và có được miễn cho người cao tuổi không.",
					"UBND xã Hợp Thành trả lời: mức phí, lệ phí của từng thủ tục được niêm yết tại Bộ phận Một cửa xã và trên trang thủ tục hành chính của Cổng Dịch vụ công tỉnh. Các trường hợp miễn, giảm thực hiện theo quy định hiện hành; đề nghị ông mang giấy tờ chứng minh thuộc diện miễn khi nộp hồ sơ.",
					true),
			new Item("05611", "phuluong", "Hoàng Văn Sơn", "tổ dân phố Dạo", FeedbackCategory.CONDUCT,
					"Phản ánh hướng dẫn hồ sơ chưa rõ",
					"Tôi phải đi lại hai lần vì lần đầu không được hướng dẫn đầy đủ giấy tờ cần bổ sung.",
					"UBND xã Phú Lương ghi nhận phản ánh và xin lỗi ông. Xã đã nhắc nhở công chức tiếp nhận hướng dẫn một lần, đầy đủ bằng phiếu hướng dẫn; mọi yêu cầu bổ sung đều được ghi rõ trên phiếu.",
					false),
			new Item("05641", "votranh", "Ma Thị Thu", "xóm Na Mọn", FeedbackCategory.OTHER,
					"Nộp hồ sơ xác nhận tình trạng hôn nhân qua mạng",
					"Tôi đang làm việc ở xa, có thể nộp hồ sơ xác nhận tình trạng hôn nhân trực tuyến không?",
					"UBND xã Vô Tranh trả lời: bà có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công, đăng nhập bằng tài khoản định danh điện tử, và chọn nhận kết quả qua dịch vụ bưu chính công ích.",
					true));

	private final PastFeedback feedback;

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoFeedback(PastFeedback feedback, OrganizationManagement organization, CalendarManagement calendar,
			JdbcClient jdbc, Clock clock) {
		this.feedback = feedback;
		this.organization = organization;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from portal_feedback").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.clock.getZone());
		for (int i = 0; i < ITEMS.size(); i++) {
			Item item = ITEMS.get(i);
			UnitView unit = this.organization.unitOn(item.unit(), today).orElse(null);
			if (unit == null) {
				continue; // another era's clock: the communes are not in force
			}
			Instant opens = this.calendar.plusWorkingTime(today.minusDays(10L + 7L * i).atStartOfDay(this.clock.getZone())
				.toInstant(), Duration.ofMinutes(45L + 50L * i), unit.id()).toInstant();
			Instant answered = this.calendar.plusWorkingTime(opens, Duration.ofHours(7L + 4L * i), unit.id()).toInstant();
			this.feedback.answered(submission(item, unit), item.unit(), i % 2 == 0 ? Channel.ONLINE : Channel.DIRECT,
					opens, item.category(), new Head("truongphong." + item.commune(), unit.id()), item.answer(), answered,
					item.publish());
		}
	}

	private static FeedbackSubmission submission(Item item, UnitView unit) {
		String commune = unit.name().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + unit.name().substring(1);
		return new FeedbackSubmission(item.name(), item.hamlet() + ", " + commune + ", tỉnh Thái Nguyên",
				"098" + "%07d".formatted(Math.floorMod(item.name().hashCode(), 10_000_000)), null,
				item.subject(), item.content(), true);
	}

	/** The head of the commune's office, who answers. */
	private record Head(String username, UUID unit) implements Actor {

		@Override
		public @Nullable UUID unitId() {
			return this.unit;
		}

		@Override
		public boolean hasRole(Role role) {
			return role == Role.HEAD_OF_UNIT;
		}

	}

}
