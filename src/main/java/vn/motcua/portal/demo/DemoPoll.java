package vn.motcua.portal.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Vietnam;

/**
 * Demo profile: the province's poll, the one the district portal the project began from ran —
 * «Bạn mong muốn được nghỉ lễ bao nhiêu ngày?» — open from November 2026 to January 2027, with
 * 120 earlier votes from browsers.
 */
@Component
@Profile("demo")
@Order(33)
class DemoPoll implements ApplicationRunner {

	private static final List<String> OPTIONS = List.of("1 ngày", "2 ngày", "3 ngày", "Từ 4 ngày trở lên");

	private static final int[] VOTES = { 9, 31, 52, 28 };

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	DemoPoll(JdbcClient jdbc, OrganizationManagement organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from portal_poll").query(Long.class).single() > 0) {
			return;
		}
		UUID poll = UUID.randomUUID();
		Timestamp opens = Timestamp.from(LocalDate.of(2026, 11, 1).atStartOfDay(Vietnam.ZONE).toInstant());
		this.jdbc.sql("insert into portal_poll (id, unit_id, question, opens_at, closes_at, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(poll, this.organization.unitOn("19", LocalDate.of(2026, 11, 1)).orElseThrow().id(),
					"Bạn mong muốn được nghỉ lễ bao nhiêu ngày?", opens,
					Timestamp.from(LocalDate.of(2027, 2, 1).atStartOfDay(Vietnam.ZONE).toInstant()), "bientap.thainguyen", opens)
			.update();
		for (int i = 0; i < OPTIONS.size(); i++) {
			UUID option = UUID.randomUUID();
			this.jdbc.sql("insert into portal_poll_option (id, poll_id, ordinal, label) values (?, ?, ?, ?)")
				.params(option, poll, i + 1, OPTIONS.get(i))
				.update();
			for (int v = 0; v < VOTES[i]; v++) {
				this.jdbc.sql("""
						insert into portal_poll_vote (poll_id, option_id, voter, client_address, voted_at) values (?, ?, ?, ?, ?)""")
					.params(poll, option, "browser:" + UUID.randomUUID(), "demo", new Timestamp(opens.getTime() + 3_600_000L * (7 * v + i)))
					.update();
			}
		}
	}

}
