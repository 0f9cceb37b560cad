package vn.motcua.portal.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.portal.media.Media;
import vn.motcua.portal.media.MediaLibrary;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/**
 * Demo profile: the province portal's media library, uploaded by its editor — one illustrative
 * picture per theme of the demo articles ({@link DemoPictures}) and the video «Hướng dẫn nộp hồ sơ
 * trực tuyến» ({@code seed/media}).
 */
@Component
@Profile("demo")
@Order(31)
class DemoMedia implements ApplicationRunner {

	/** Theme → the picture's title and what it shows. */
	static final Map<String, String[]> THEMES = Map.of(
			"meeting", new String[] { "Minh họa: hội nghị", "Hội trường với băng rôn hội nghị, đại biểu ngồi dự" },
			"counter", new String[] { "Minh họa: Bộ phận Một cửa", "Các quầy tiếp nhận hồ sơ, người dân chờ làm thủ tục" },
			"training", new String[] { "Minh họa: tập huấn", "Lớp tập huấn: màn chiếu phía trước, học viên ngồi theo hàng" },
			"village", new String[] { "Minh họa: làng quê", "Những ngôi nhà mái đỏ bên cánh đồng và đồi chè" },
			"ceremony", new String[] { "Minh họa: lễ công bố", "Sân khấu lễ công bố với phông nền đỏ, đại biểu dự" },
			"digital", new String[] { "Minh họa: chuyển đổi số", "Màn hình trình chiếu chủ đề chuyển đổi số trước các đại biểu" },
			"field", new String[] { "Minh họa: kiểm tra thực địa", "Cán bộ xã kiểm tra thực địa trên cánh đồng" });

	static final String VIDEO = "Hướng dẫn nộp hồ sơ trực tuyến";

	private final MediaLibrary library;

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	DemoMedia(MediaLibrary library, JdbcClient jdbc, OrganizationManagement organization) {
		this.library = library;
		this.jdbc = jdbc;
		this.organization = organization;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from portal_media").query(Long.class).single() > 0) {
			return;
		}
		Actor editor = editor(this.organization.unitOn("19", LocalDate.of(2026, 1, 1)).orElseThrow().id());
		THEMES.forEach((theme, text) -> {
			byte[] png = DemoPictures.png(theme);
			this.library.upload(theme + ".png", png.length, new ByteArrayInputStream(png),
					new Media.Text(text[0], text[1], "Ảnh minh họa (MotCua)"), editor);
		});
		try (InputStream video = DemoMedia.class.getResourceAsStream("/seed/media/huong-dan-nop-ho-so-truc-tuyen.webm")) {
			byte[] bytes = video.readAllBytes();
			this.library.upload("huong-dan-nop-ho-so-truc-tuyen.webm", bytes.length, new ByteArrayInputStream(bytes),
					new Media.Text(VIDEO, "Video bốn bước nộp hồ sơ trực tuyến: đăng nhập VNeID, tìm thủ tục, khai và đính kèm, tra cứu",
							"Trung tâm Phục vụ hành chính công tỉnh"), editor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the picture drawn for a theme, once uploaded. */
	Optional<Media> picture(String theme) {
		String[] text = THEMES.get(theme);
		return text == null ? Optional.empty()
				: this.jdbc.sql("select id from portal_media where title = ? and kind = 'IMAGE'")
					.param(text[0])
					.query(UUID.class)
					.optional()
					.flatMap(this.library::find);
	}

	static Actor editor(UUID unit) {
		return new Actor() {
			@Override
			public String username() {
				return "bientap.thainguyen";
			}

			@Override
			public @Nullable UUID unitId() {
				return unit;
			}

			@Override
			public boolean hasRole(Role role) {
				return Set.of(Role.PORTAL_EDITOR).contains(role);
			}
		};
	}

}
