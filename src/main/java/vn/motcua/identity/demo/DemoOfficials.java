package vn.motcua.identity.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.identity.officials.OfficialAdministration;
import vn.motcua.identity.officials.OfficialDraft;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static vn.motcua.shared.Role.ADMIN;
import static vn.motcua.shared.Role.COMMUNE_OFFICER;
import static vn.motcua.shared.Role.HEAD_OF_UNIT;
import static vn.motcua.shared.Role.LEADER;
import static vn.motcua.shared.Role.PAR_COMMITTEE;
import static vn.motcua.shared.Role.PORTAL_EDITOR;
import static vn.motcua.shared.Role.RECEPTION;
import static vn.motcua.shared.Role.SPECIALIST;

/**
 * Demo profile: one account per role in the Phú Lương demo district, all with the password
 * {@code motcua.demo.password}. Accounts that exist are left alone.
 */
@Component
@Profile("demo")
@Order(20)
class DemoOfficials implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOfficials.class);

	static final List<OfficialDraft> ACCOUNTS = List.of(
			demo("admin", "Nguyễn Văn Quản", "Quản trị hệ thống", "000.00.00.H56", ADMIN),
			demo("quantri.phuluong", "Hoàng Thị Thu", "Quản trị hệ thống cấp huyện", "000.00.06.H56", ADMIN),
			demo("tiepnhan", "Trần Thị Hoa", "Công chức Bộ phận Một cửa", "000.20.06.H56", RECEPTION),
			demo("chuyenvien", "Lê Văn Minh", "Chuyên viên Phòng Tư pháp", "000.03.06.H56", SPECIALIST),
			demo("truongphong", "Phạm Thị Lan", "Trưởng phòng Tư pháp", "000.03.06.H56", HEAD_OF_UNIT),
			demo("lanhdao", "Đỗ Quang Hưng", "Phó Chủ tịch UBND huyện", "000.00.06.H56", LEADER),
			demo("caicach", "Vũ Thị Mai", "Thành viên Ban chỉ đạo CCHC", "000.02.06.H56", PAR_COMMITTEE),
			demo("bientap", "Ngô Đức Thắng", "Biên tập viên cổng thông tin", "000.01.06.H56", PORTAL_EDITOR),
			demo("xa.yenlac", "Dương Văn Tuấn", "Công chức Văn phòng - Thống kê xã Yên Lạc", "000.26.06.H56",
					COMMUNE_OFFICER),
			demo("xa.dongdat", "Mạc Thị Hằng", "Công chức Tư pháp - Hộ tịch xã Động Đạt", "000.28.06.H56",
					COMMUNE_OFFICER),
			demo("xa.phuluong", "Lường Văn Khánh", "Công chức xã Phú Lương", "000.41.00.H56", COMMUNE_OFFICER),
			demo("chutich.phuluong", "Hà Thị Thanh Hương", "Chủ tịch UBND xã Phú Lương", "000.41.00.H56", LEADER),
			demo("xa.votranh", "Nông Văn Bình", "Công chức Địa chính xã Vô Tranh", "000.42.00.H56", COMMUNE_OFFICER));

	private final OfficialAdministration administration;

	private final String password;

	DemoOfficials(OfficialAdministration administration, @Value("${motcua.demo.password}") String password) {
		this.administration = administration;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ACCOUNTS.forEach(account -> this.administration.registerReady(account, this.password));
		log.info("""

				==> Demo accounts (password '{}', the property motcua.demo.password):
				==> {}""", this.password, ACCOUNTS.stream()
			.map(a -> a.username() + " (" + a.roles().iterator().next() + ")")
			.collect(Collectors.joining(", ")));
	}

	private static OfficialDraft demo(String username, String name, String position, String agencyCode, Role role) {
		return new OfficialDraft(username, name, username.replace('.', '-') + "@phuluong.example.vn", null, position,
				agencyCode, EnumSet.of(role), true);
	}

}
