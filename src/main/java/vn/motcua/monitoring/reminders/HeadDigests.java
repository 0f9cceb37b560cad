package vn.motcua.monitoring.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.identity.OfficialView;
import vn.motcua.monitoring.OverdueItems;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Role;
import vn.motcua.shared.SqlTimes;

import static vn.motcua.dossier.DossierFact.DOSSIERS;

/**
 * To each head of unit, once a day, the dossiers of the unit past their due moment, and the items
 * of other modules past their deadline ({@link OverdueItems}), one list per kind.
 */
@Component
class HeadDigests {

	private static final String OVERDUE = """
			select unit_id, code, procedure_name, due_at from %s
			 where closed_at is null and resolved_at is null and due_at < :now and status in ('RECEIVED', 'IN_PROGRESS')
			 order by due_at""".formatted(DOSSIERS.view());

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final ReminderRepository reminders;

	private final Texts texts;

	private final List<OverdueItems> otherItems;

	HeadDigests(JdbcClient jdbc, OrganizationManagement organization, ReminderRepository reminders, Texts texts,
			List<OverdueItems> otherItems) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.reminders = reminders;
		this.texts = texts;
		this.otherItems = List.copyOf(otherItems);
	}

	/** @return the reminders made (those already made today are not made again). */
	int remind(Instant now, LocalDate today, List<OfficialView> officials) {
		List<OverdueItems.Item> dossiers = this.jdbc.sql(OVERDUE)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new OverdueItems.Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					SqlTimes.instant(rs, "due_at")))
			.list();
		int made = remind(OverdueDigest.DOSSIERS, dossiers, today, officials);
		for (OverdueItems source : this.otherItems) {
			made += remind(OverdueDigest.of(source), source.overdue(now), today, officials);
		}
		return made;
	}

	private int remind(OverdueDigest digest, List<OverdueItems.Item> items, LocalDate today,
			List<OfficialView> officials) {
		Map<UUID, List<OverdueItems.Item>> byUnit = items.stream()
			.collect(Collectors.groupingBy(OverdueItems.Item::unitId));
		int made = 0;
		for (OfficialView head : officials) {
			List<OverdueItems.Item> overdue = head.unitId() == null ? null : byUnit.get(head.unitId());
			if (!head.roles().contains(Role.HEAD_OF_UNIT) || overdue == null) {
				continue;
			}
			String unitName = this.organization.unit(head.unitId()).map(UnitView::name).orElse("");
			made += this.reminders.add(digest.to(head.username(), head.unitId(), unitName, overdue, today, this.texts));
		}
		return made;
	}

}
