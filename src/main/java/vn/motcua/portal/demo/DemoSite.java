package vn.motcua.portal.demo;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.domain.Slugs;
import vn.motcua.portal.media.Media;
import vn.motcua.portal.media.MediaLibrary;
import vn.motcua.portal.site.Announcements;
import vn.motcua.portal.site.SiteDirectory;
import vn.motcua.portal.site.SiteEditing;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Vietnam;

/**
 * Demo profile: what the authorities' portals say about themselves — the province's introduction,
 * functions and contact pages, each commune's introduction (from the units it was formed of), the
 * leaders of the demo accounts with silhouette portraits, the web links, a banner and the
 * announcement of the system's upgrade; the dissolved district's introduction as an archive.
 */
@Component
@Profile("demo")
@Order(33)
class DemoSite implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final MediaLibrary library;

	private final SiteEditing pages;

	private final SiteDirectory directory;

	private final Announcements announcements;

	DemoSite(JdbcClient jdbc, OrganizationManagement organization, MediaLibrary library, SiteEditing pages,
			SiteDirectory directory, Announcements announcements) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.library = library;
		this.pages = pages;
		this.directory = directory;
		this.announcements = announcements;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from portal_page").query(Long.class).single() > 0) {
			return;
		}
		Actor province = DemoMedia.editor(unit("19", LocalDate.of(2026, 1, 1)).id());
		DemoSiteTexts.PROVINCE_PAGES.forEach(p -> this.pages.savePage(p[0], p[1], p[2], Integer.parseInt(p[3]), province));
		leader(province, "Bế Văn Thịnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh",
				"Phụ trách cải cách hành chính, chuyển đổi số; Trưởng Ban Chỉ đạo cải cách hành chính tỉnh.", false);
		DemoSiteTexts.LINKS.forEach(l -> this.directory.addLink(l[0], l[1], null, Integer.parseInt(l[2]), province));
		byte[] banner = DemoPortraits.banner();
		Media picture = this.library.upload("banner-nop-truc-tuyen.png", banner.length, new ByteArrayInputStream(banner),
				new Media.Text("Banner: nộp hồ sơ trực tuyến", "Nộp hồ sơ trực tuyến, không phải đến trụ sở", null), province);
		this.directory.addLink("Nộp hồ sơ trực tuyến", "/thu-tuc", picture.id(), 0, province);
		this.announcements.announce(DemoSiteTexts.UPGRADE, "/tin-tuc/" + Slugs.of(DemoSiteTexts.UPGRADE_ARTICLE),
				at("2026-11-26T17:00"), at("2026-12-06T06:00"), province);
		for (String[] commune : DemoSiteTexts.COMMUNE_LEADERS) {
			UnitView unit = unit(commune[0], LocalDate.of(2026, 1, 1));
			Actor editor = DemoMedia.editor(unit.id());
			this.pages.savePage("gioi-thieu", "Giới thiệu " + unit.name(), introduction(unit), 0, editor);
			leader(editor, commune[1], "Chủ tịch Ủy ban nhân dân " + Character.toLowerCase(unit.name().charAt(0)) + unit.name().substring(1),
					"Lãnh đạo, điều hành chung; phụ trách Bộ phận Một cửa và cải cách hành chính của xã.", commune[2].equals("nữ"));
		}
		Actor district = DemoMedia.editor(unit("168", LocalDate.of(2025, 1, 1)).id());
		this.pages.savePage("gioi-thieu", "Giới thiệu huyện Phú Lương", DemoSiteTexts.DISTRICT, 0, district);
		leader(district, "Đỗ Quang Hưng", "Phó Chủ tịch Ủy ban nhân dân huyện (đến 30/6/2025)",
				"Phụ trách cải cách hành chính của huyện.", false);
	}

	private String introduction(UnitView unit) {
		List<UnitView> from = this.organization.predecessors(unit.id());
		return "<p>" + unit.name() + " thuộc tỉnh Thái Nguyên, hoạt động từ ngày 01/7/2025 theo mô hình chính quyền địa phương hai cấp"
				+ (from.isEmpty() ? "." : ", được thành lập trên cơ sở sắp xếp "
						+ from.stream().map(UnitView::name).collect(Collectors.joining(", ")) + " của huyện Phú Lương cũ.")
				+ "</p><p>Bộ phận Một cửa của xã tiếp nhận hồ sơ thủ tục hành chính trong giờ hành chính các ngày làm việc; người dân"
				+ " có thể <a href=\"/thu-tuc\">tìm thủ tục</a>, nộp hồ sơ trực tuyến và <a href=\"/tra-cuu-ho-so\">tra cứu hồ sơ</a>"
				+ " trên cổng.</p>";
	}

	private void leader(Actor editor, String name, String position, String duties, boolean woman) {
		byte[] photo = DemoPortraits.portrait(woman);
		Media picture = this.library.upload(Slugs.of(name) + ".png", photo.length, new ByteArrayInputStream(photo),
				new Media.Text("Ảnh chân dung (minh họa): " + name, "Ảnh chân dung (minh họa) " + name + ", " + position, null), editor);
		this.directory.addLeader(name, position, duties, picture.id(), 0, editor);
	}

	private UnitView unit(String code, LocalDate on) {
		return this.organization.unitOn(code, on).orElseThrow();
	}

	private static java.time.Instant at(String local) {
		return LocalDateTime.parse(local).atZone(Vietnam.ZONE).toInstant();
	}

}
