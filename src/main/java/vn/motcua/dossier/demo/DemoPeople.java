package vn.motcua.dossier.demo;

import java.util.Random;

import vn.motcua.dossier.domain.Applicant;

/**
 * The demo's applicants: Thái Nguyên names, 12-digit personal ID numbers of the province (019,
 * then the sex-and-century digit and the year of birth), mobile numbers, and an address in a
 * hamlet of the receiving commune as it is named today («xóm Đồng Tâm, xã Phú Lương, tỉnh Thái
 * Nguyên»).
 */
final class DemoPeople {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
			"Dương", "Lý", "Ma", "Hà", "Triệu", "La", "Nông", "Lương", "Mạc", "Đinh" };

	private static final String[] MEN = { "Văn An", "Văn Cường", "Văn Hải", "Đức Khoa", "Văn Minh", "Văn Phúc",
			"Văn Sơn", "Quang Huy", "Mạnh Hùng", "Văn Toàn", "Đình Trọng", "Văn Thắng" };

	private static final String[] WOMEN = { "Thị Bình", "Thị Dung", "Thị Giang", "Thị Hạnh", "Thị Lan", "Thị Ngọc",
			"Thị Quyên", "Thị Thu", "Thị Thu Hà", "Thị Mai", "Thị Hồng Nhung", "Thị Phương" };

	private static final String[] HAMLETS = { "xóm Đồng Tâm", "xóm Làng Mới", "xóm Na Mọn", "xóm Cầu Trắng",
			"xóm Bãi Bằng", "xóm Đồng Xe", "tổ dân phố Dạo", "tổ dân phố Đồn", "xóm Khe Cốc", "xóm Tân Long" };

	private static final String[] MOBILE = { "097", "098", "086", "091", "094", "088", "035", "036", "039", "083" };

	private DemoPeople() {
	}

	/** @param place the commune (and district) as an address names them, e.g. «xã Phú Lương». */
	static Applicant applicant(Random random, String place) {
		boolean woman = random.nextBoolean();
		int year = 1950 + random.nextInt(58);
		int sexAndCentury = (year >= 2000 ? 2 : 0) + (woman ? 1 : 0);
		String id = "019%d%02d%06d".formatted(sexAndCentury, year % 100, random.nextInt(1_000_000));
		String given = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
		String phone = MOBILE[random.nextInt(MOBILE.length)] + "%07d".formatted(random.nextInt(10_000_000));
		String address = HAMLETS[random.nextInt(HAMLETS.length)] + ", " + place + ", tỉnh Thái Nguyên";
		return new Applicant(FAMILY[random.nextInt(FAMILY.length)] + " " + given, id, phone, null, address);
	}

}
