package vn.motcua.dossier.demo;

import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/** The demo's applicants (Thái Nguyên names) and the official who does everything at a unit. */
final class DemoPeople {

	private static final String[] NAMES = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
			"Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải", "Bùi Thị Hạnh", "Đỗ Văn Khoa", "Ngô Thị Lan", "Dương Văn Minh",
			"Lý Thị Ngọc", "Ma Văn Phúc", "Hà Thị Quyên", "Triệu Văn Sơn", "La Thị Thu" };

	private DemoPeople() {
	}

	static Applicant applicant(Random random) {
		String phone = "09%08d".formatted(random.nextInt(100_000_000));
		return new Applicant(NAMES[random.nextInt(NAMES.length)], "0191%08d".formatted(random.nextInt(100_000_000)), phone,
				null, "Thái Nguyên");
	}

	/** @return an official of {@code unitId} with every role, named {@code demo}. */
	static Actor official(UUID unitId) {
		return new Actor() {

			@Override
			public String username() {
				return "demo";
			}

			@Override
			public @Nullable UUID unitId() {
				return unitId;
			}

			@Override
			public boolean hasRole(Role role) {
				return true;
			}

		};
	}

}
