package vn.motcua.planning.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.shared.Vietnam;

/** The demo's plans and meetings, written as issued and held. */
final class DemoRecords {

	private final JdbcClient jdbc;

	DemoRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID plan(UUID unit, int year, String number, String issued, String title, String by) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into planning_plan (id, unit_id, year, kind, number, issued_on, title, legal_basis, goals, created_by, created_at)
				values (?, ?, ?, 'PAR', ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unit, year, number, LocalDate.parse(issued), title,
					"Nghị quyết 76/NQ-CP về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030",
					"100 % thủ tục hành chính được công khai; trên 98 % hồ sơ giải quyết đúng hạn; báo cáo định kỳ đúng hạn.", by,
					Timestamp.from(LocalDate.parse(issued).atTime(LocalTime.of(9, 0)).atZone(Vietnam.ZONE).toInstant()))
			.update();
		return id;
	}

	List<UUID> meeting(UUID unit, String day, String title, String reference, String chair, String by,
			List<String> conclusions) {
		UUID id = UUID.randomUUID();
		LocalDate held = LocalDate.parse(day);
		this.jdbc.sql("""
				insert into planning_meeting (id, unit_id, kind, held_on, title, chair, participants, reference, created_by, created_at)
				values (?, ?, 'MEETING', ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unit, held, title, chair, "Thành viên Ban Chỉ đạo; lãnh đạo các cơ quan, đơn vị; Chủ tịch UBND các xã",
					reference, by, Timestamp.from(held.atTime(LocalTime.of(16, 0)).atZone(Vietnam.ZONE).toInstant()))
			.update();
		return java.util.stream.IntStream.range(0, conclusions.size()).mapToObj(i -> {
			UUID c = UUID.randomUUID();
			this.jdbc.sql("insert into planning_conclusion (id, meeting_id, ordinal, content) values (?, ?, ?, ?)")
				.params(c, id, i + 1, conclusions.get(i))
				.update();
			return c;
		}).toList();
	}

}
