package vn.motcua.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.monitoring.statistics.Breakdowns;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module test of dossier → monitoring: the dossier events, published as the dossier module
 * publishes them (inside a transaction), feed the rollups the statistics read. Monitoring and its
 * direct dependencies only, on a database of its own without the demo data.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
// a throw-away database and files, no scheduled jobs; beans made only when the scenario needs them
@TestPropertySource(properties = { "motcua.embedded-db.data-dir=", "motcua.files.dir=", "db-scheduler.enabled=false",
		"spring.main.lazy-initialization=true" })
@DirtiesContext // its own database: stopped once the class is done, not kept for the rest of the suite
class MonitoringModuleIntegrationTests {

	static final Instant MONDAY_9AM = Instant.parse("2024-03-04T02:00:00Z");

	static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

	@Autowired
	Breakdowns statistics;

	private final UUID unit = UUID.randomUUID();

	private final UUID dossier = UUID.randomUUID();

	private DossierCounts countsOfMonday() {
		UnitView view = new UnitView(this.unit, "T-" + this.unit, "Xã Thử", UnitType.COMMUNE, null, null, null, null,
				null, 0);
		return this.statistics.counts(new Selection(view, Set.of(this.unit), false, MONDAY, MONDAY));
	}

	private DossierStatusChanged changed(DossierAction action, DossierStatus to, Timeliness timeliness) {
		return new DossierStatusChanged(this.dossier, "HS-1", this.unit, "P.000001", "Thủ tục thử", Channel.ONLINE,
				MONDAY_9AM, action, DossierStatus.IN_PROGRESS, to, MONDAY_9AM.plusSeconds(3 * 3600), null, timeliness,
				null, null);
	}

	@Test
	void aDossierReceivedAndResolvedIsCountedByTheStatistics(Scenario scenario) {
		scenario.publish(new DossierReceived(this.dossier, "HS-1", this.unit, UUID.randomUUID(), "P.000001",
				Channel.ONLINE, MONDAY_9AM, MONDAY_9AM.plusSeconds(86400)))
			.andWaitForStateChange(this::countsOfMonday, c -> c.received().total() == 1)
			.andVerify(c -> assertThat(c.received()).isEqualTo(new DossierCounts.Received(1, 1, 0, 0)));

		scenario.publish(changed(DossierAction.RESOLVE, DossierStatus.RESOLVED, Timeliness.ON_TIME))
			.andWaitForStateChange(this::countsOfMonday, c -> c.resolved().total() == 1)
			.andVerify(c -> {
				assertThat(c.resolved()).isEqualTo(new DossierCounts.Resolved(1, 0, 1, 0));
				assertThat(c.averageDays()).isEqualTo(0.1); // three hours
				assertThat(c.onTimeRate()).isEqualTo(100.0);
			});
	}

	@Test
	void anAssignmentCountsNothingAndAWithdrawalIsCountedApart(Scenario scenario) {
		scenario.publish(changed(DossierAction.ASSIGN, DossierStatus.IN_PROGRESS, null))
			.andWaitForStateChange(() -> "published")
			.andVerify(x -> assertThat(countsOfMonday().received().total()).isZero());

		scenario.publish(changed(DossierAction.WITHDRAW, DossierStatus.WITHDRAWN, null))
			.andWaitForStateChange(this::countsOfMonday, c -> c.withdrawn() == 1)
			.andVerify(c -> assertThat(c.resolved().total()).isZero());
	}

}
