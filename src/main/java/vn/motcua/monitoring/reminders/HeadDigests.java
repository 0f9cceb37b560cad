package vn.motcua.monitoring.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * of other modules past their deadline or due soon ({@link OverdueItems}), one list per kind; an
 * item naming the official who holds it goes to that official too.
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
			made += remind(OverdueDigest.soon(source), source.dueSoon(now), today, officials);
		}
		return made;
	}

	/**
	 * Each item goes to the official it names (when that official may log in) and to the heads of
	 * its unit — the heads only when no official is named, for items due soon.
	 */
	private int remind(OverdueDigest digest, List<OverdueItems.Item> items, LocalDate today,
			List<OfficialView> officials) {
		Map<String, OfficialView> byName = officials.stream()
			.collect(Collectors.toMap(OfficialView::username, o -> o, (a, b) -> a));
		Map<UUID, List<OfficialView>> heads = officials.stream()
			.filter(o -> o.unitId() != null && o.roles().contains(Role.HEAD_OF_UNIT))
			.collect(Collectors.groupingBy(OfficialView::unitId));
		Map<String, List<OverdueItems.Item>> lists = new LinkedHashMap<>();
		for (OverdueItems.Item item : items) {
			OfficialView named = item.official() == null ? null : byName.get(item.official());
			Set<OfficialView> to = new LinkedHashSet<>();
			if (named != null) {
				to.add(named);
			}
			if (named == null || digest.toHeadsAlways()) {
				to.addAll(heads.getOrDefault(item.unitId(), List.of()));
			}
			to.forEach(o -> lists.computeIfAbsent(o.username(), k -> new ArrayList<>()).add(item));
		}
		int made = 0;
		for (Map.Entry<String, List<OverdueItems.Item>> list : lists.entrySet()) {
			OfficialView official = byName.get(list.getKey());
			String unitName = official.unitId() == null ? ""
					: this.organization.unit(official.unitId()).map(UnitView::name).orElse("");
			made += this.reminders
				.add(digest.to(official.username(), official.unitId(), unitName, list.getValue(), today, this.texts));
		}
		return made;
	}

}
