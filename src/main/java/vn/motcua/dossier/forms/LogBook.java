package vn.motcua.dossier.forms;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Vietnam;

/**
 * The dossier log book (Sổ theo dõi hồ sơ: form 06 of Circular 01/2018, 07 of Circular 03/2025 since
 * 01/07/2025, {@link FormSet#logBookLabel}) of a unit for a period, as PDF to print and as Excel,
 * the way officials keep it.
 */
public final class LogBook {

	static final String[] HEADERS = { "STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tên tổ chức, cá nhân",
			"Địa chỉ, số điện thoại", "Ngày nhận", "Ngày hẹn trả", "Ngày có kết quả", "Ngày trả kết quả", "Tình trạng" };

	private LogBook() {
	}

	/** One dossier in the book. */
	public record Entry(String code, String procedure, String applicant, String contact, OffsetDateTime receivedAt,
			@Nullable OffsetDateTime appointment, @Nullable OffsetDateTime resolvedAt, @Nullable OffsetDateTime returnedAt,
			String status) {
	}

	public static byte[] pdf(String unitName, LocalDate from, LocalDate to, List<Entry> entries) {
		return tabular(unitName, from, to, entries).pdf();
	}

	public static byte[] xlsx(String unitName, LocalDate from, LocalDate to, List<Entry> entries) {
		return tabular(unitName, from, to, entries).xlsx();
	}

	private static Tabular tabular(String unitName, LocalDate from, LocalDate to, List<Entry> entries) {
		return new Tabular("SỔ THEO DÕI HỒ SƠ", FormSet.logBookLabel(from, to) + ". " + unitName + " — từ ngày "
				+ Vietnam.DAY.format(from) + " đến ngày " + Vietnam.DAY.format(to) + " (" + entries.size() + " hồ sơ)",
				"So theo doi ho so",
				new float[] { 0.5f, 2.2f, 2.6f, 1.7f, 1.9f, 1.5f, 1.5f, 1.5f, 1.5f, 1.3f }, HEADERS, rows(entries));
	}

	private static List<String[]> rows(List<Entry> entries) {
		List<String[]> rows = new ArrayList<>();
		int n = 0;
		for (Entry e : entries) {
			rows.add(new String[] { String.valueOf(++n), e.code(), e.procedure(), e.applicant(), e.contact(),
					day(e.receivedAt()), day(e.appointment()), day(e.resolvedAt()), day(e.returnedAt()), e.status() });
		}
		return rows;
	}

	private static String day(@Nullable OffsetDateTime moment) {
		return moment == null ? "" : Vietnam.DAY.format(moment);
	}

}
