package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialView;
import vn.motcua.shared.Role;
import vn.motcua.notification.OfficialMail;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Vietnam;

/**
 * Reminders (đôn đốc) to officials, in the notification centre and by e-mail:
 * <ul>
 * <li>to the official holding a step due within one working day — when the step reaches them
 * (event-driven) or at the daily run, once per step, holder and due moment;</li>
 * <li>to each head of unit, every working day, the dossiers of the unit past their due moment;</li>
 * <li>to each leader, on the first working day of the week, a digest of the units they oversee.</li>
 * </ul>
 * The daily run happens at the first check after {@code motcua.reminders.daily-at} (07:30) on a
 * working day of the calendar — never on weekends or holidays; checks come every 15 minutes from
 * db-scheduler (one node at a time, surviving restarts), so a node down at 07:30 still reminds when
 * it is back. Each reminder has a key (kind, official, dossier step or day or week): it is logged
 * once and never made twice; its e-mail goes out once through the delivery log.
 */
@Component
public class Reminders {

	/** What a reminder is about. */
	public enum Kind {

		STEP_DUE, OVERDUE, WEEKLY,
		/** items of other modules past their deadline ({@link OverdueItems}) */
		OVERDUE_ITEMS

	}

	/**
	 * Step reminders this node made lately (committed), so that the same step given again to the same
	 * official with the same due moment costs no statement; forgotten all at once past this size.
	 */
	static final int RECENT_STEP_KEYS = 20_000;

	/** The most dossiers listed in one digest. */
	static final int LISTED = 20;

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final JdbcClient jdbc;

	private final CalendarManagement calendar;

	private final IdentityManagement identity;

	private final OrganizationManagement organization;

	private final DossierStatistics statistics;

	private final OfficialMail mail;

	private final MessageSource messages;

	private final Clock clock;

	private final LocalTime dailyAt;

	private final List<OverdueItems> otherItems;

	private final Set<String> recentStepKeys = ConcurrentHashMap.newKeySet();

	/** The day this node last made the heads' and leaders' digests. */
	private volatile @Nullable LocalDate digestsMadeOn;

	Reminders(JdbcClient jdbc, CalendarManagement calendar, IdentityManagement identity,
			OrganizationManagement organization, DossierStatistics statistics, OfficialMail mail, MessageSource messages,
			Clock clock, @Value("${motcua.reminders.daily-at:07:30}") LocalTime dailyAt, List<OverdueItems> otherItems) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.identity = identity;
		this.organization = organization;
		this.statistics = statistics;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.dailyAt = dailyAt;
		this.otherItems = List.copyOf(otherItems);
	}

	/**
	 * A step reached an official: remind at once when it is due within one working day. One insert
	 * at most, in the action's transaction (none when this node made the same reminder lately);
	 * the e-mail follows within a minute.
	 */
	@EventListener
	void on(DossierStatusChanged event) {
		if (event.assignee() == null || event.stepDueAt() == null || event.to().isClosed()
				|| event.action() == DossierAction.RESOLVE) {
			return;
		}
		if (!event.stepDueAt().isAfter(withinOneWorkingDay(event.at(), event.unitId()))) {
			String key = stepKey(event.dossierId(), event.assignee(), event.stepDueAt());
			if (!this.recentStepKeys.contains(key)) { // the same step, holder and due again: already reminded
				remindStepHolder(event.dossierId(), event.code(), event.procedureName(), event.assignee(),
						event.unitId(), event.stepDueAt());
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

					@Override
					public void afterCommit() {
						if (Reminders.this.recentStepKeys.size() >= RECENT_STEP_KEYS) {
							Reminders.this.recentStepKeys.clear();
						}
						Reminders.this.recentStepKeys.add(key);
					}

				});
			}
		}
	}

	private static String stepKey(UUID dossierId, String assignee, Instant dueAt) {
		return "STEP_DUE:" + dossierId + ":" + assignee + ":" + dueAt.toEpochMilli();
	}

	private Instant withinOneWorkingDay(Instant from, @Nullable UUID unitId) {
		return this.calendar.plusWorkingTime(from, Duration.ofHours(8), unitId).toInstant();
	}

	/**
	 * The check db-scheduler runs every 15 minutes: on a working day from the daily hour on, reminds
	 * the holders of steps now due within a working day, makes the day's digests (those already made
	 * are skipped), then sends the e-mails not yet sent.
	 * @return the reminders made.
	 */
	public int check() {
		Instant now = this.clock.instant();
		OffsetDateTime local = now.atZone(Vietnam.ZONE).toOffsetDateTime();
		LocalDate today = local.toLocalDate();
		int made = 0;
		if (this.calendar.isWorkingDay(today, null) && !local.toLocalTime().isBefore(this.dailyAt)) {
			List<OfficialView> officials = this.identity.officials(Actor.system(), null)
				.stream()
				.filter(o -> o.enabled() && !o.locked())
				.toList();
			made += stepsDueSoon(now);
			if (!today.equals(this.digestsMadeOn)) { // once a day on this node; the keys guard across nodes
				made += overdueToHeads(now, today, officials);
				if (firstWorkingDayOfWeek(today)) {
					made += weeklyToLeaders(today, officials);
				}
				this.digestsMadeOn = today;
			}
			if (made > 0) {
				log.info("Reminders of {}: {} made", today, made);
			}
		}
		sendEmails();
		return made;
	}

	private boolean firstWorkingDayOfWeek(LocalDate today) {
		for (LocalDate d = today.minusDays(today.getDayOfWeek().getValue() - 1); d.isBefore(today); d = d.plusDays(1)) {
			if (this.calendar.isWorkingDay(d, null)) {
				return false;
			}
		}
		return true;
	}

	private record Step(UUID dossierId, String code, String procedureName, UUID unitId, String assignee,
			Instant dueAt) {
	}

	private int stepsDueSoon(Instant now) {
		List<Step> steps = this.jdbc.sql("""
				select dossier_id, code, procedure_name, unit_id, assignee, due_at from dossier_step_fact
				 where closed_at is null and position = current_step and assignee is not null and completed_at is null
				   and status in ('RECEIVED', 'IN_PROGRESS') and due_at > :now and due_at <= :until""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(withinOneWorkingDay(now, null)))
			.query((rs, n) -> new Step(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), SqlTimes.instant(rs, "due_at")))
			.list();
		int made = 0;
		for (Step s : steps) {
			made += remindStepHolder(s.dossierId(), s.code(), s.procedureName(), s.assignee(), s.unitId(), s.dueAt());
		}
		return made;
	}

	private int remindStepHolder(UUID dossierId, String code, String procedureName, String assignee, UUID unitId,
			Instant dueAt) {
		String when = Vietnam.TIME_AND_DAY.format(dueAt.atZone(Vietnam.ZONE));
		return record(Kind.STEP_DUE, stepKey(dossierId, assignee, dueAt), assignee,
				unitId, code, text("reminder.stepDue.subject", code, when),
				text("reminder.stepDue.body", code, procedureName, when));
	}

	private int overdueToHeads(Instant now, LocalDate today, List<OfficialView> officials) {
		List<OverdueItems.Item> dossiers = this.jdbc.sql("""
				select unit_id, code, procedure_name, due_at from dossier_fact
				 where closed_at is null and resolved_at is null and due_at < :now and status in ('RECEIVED', 'IN_PROGRESS')
				 order by due_at""")
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new OverdueItems.Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					SqlTimes.instant(rs, "due_at")))
			.list();
		int made = remindHeads(Kind.OVERDUE, "OVERDUE", "overdue", dossiers, today, officials);
		for (OverdueItems source : this.otherItems) {
			made += remindHeads(Kind.OVERDUE_ITEMS, "OVERDUE_" + source.kind(), source.kind().toLowerCase(Locale.ROOT),
					source.overdue(now), today, officials);
		}
		return made;
	}

	/** One reminder a day to each head of unit with overdue items, listing the first {@link #LISTED}. */
	private int remindHeads(Kind kind, String keyPrefix, String texts, List<OverdueItems.Item> items, LocalDate today,
			List<OfficialView> officials) {
		Map<UUID, List<OverdueItems.Item>> byUnit = items.stream()
			.collect(Collectors.groupingBy(OverdueItems.Item::unitId));
		int made = 0;
		for (OfficialView head : officials) {
			List<OverdueItems.Item> overdue = head.unitId() == null ? null : byUnit.get(head.unitId());
			if (!head.roles().contains(Role.HEAD_OF_UNIT) || overdue == null) {
				continue;
			}
			String unitName = this.organization.unit(head.unitId()).map(u -> u.name()).orElse("");
			String list = overdue.stream()
				.limit(LISTED)
				.map(o -> text("reminder." + texts + ".line", o.reference(), o.title(),
						Vietnam.TIME_AND_DAY.format(o.dueAt().atZone(Vietnam.ZONE))))
				.collect(Collectors.joining("\n"));
			made += record(kind, keyPrefix + ":" + head.username() + ":" + today, head.username(), head.unitId(), null,
					text("reminder." + texts + ".subject", unitName, overdue.size()),
					text("reminder." + texts + ".body", unitName, overdue.size(), list,
							overdue.size() > LISTED ? text("reminder.more", overdue.size() - LISTED) : ""));
		}
		return made;
	}

	private int weeklyToLeaders(LocalDate today, List<OfficialView> officials) {
		String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1);
		int made = 0;
		for (OfficialView leader : officials) {
			if (!leader.roles().contains(Role.LEADER) || leader.unitId() == null) {
				continue;
			}
			var unit = this.organization.unit(leader.unitId()).orElse(null);
			if (unit == null) {
				continue;
			}
			var s = new DossierStatistics.Selection(unit, this.organization.unitAndBelow(unit.id()), true,
					monday.minusDays(7), monday.minusDays(1));
			DossierCounts c = this.statistics.counts(s);
			made += record(Kind.WEEKLY, "WEEKLY:" + leader.username() + ":" + week, leader.username(), unit.id(), null, text("reminder.weekly.subject", unit.name(), week),
					text("reminder.weekly.body", unit.name(), Vietnam.DAY.format(s.from()), Vietnam.DAY.format(s.to()), c.received().total(),
							c.resolved().total(), c.resolved().late(), c.pending().total(), c.pending().overdue(),
							c.onTimeRate() == null ? "—" : c.onTimeRate() + "%"));
		}
		return made;
	}

	/** @return 1 when the reminder was new, 0 when its key was already there. */
	private int record(Kind kind, String key, String recipient, @Nullable UUID unitId, @Nullable String dossierCode,
			String subject, String body) {
		return this.jdbc.sql("""
				insert into monitoring_reminder (id, reminder_key, kind, recipient, unit_id, dossier_code, subject, body,
				  created_at)
				values (:id, :key, :kind, :recipient, :unit, :dossier, :subject, :body, :now)
				on conflict (reminder_key) do nothing""")
			.param("id", UUID.randomUUID())
			.param("key", key)
			.param("kind", kind.name())
			.param("recipient", recipient)
			.param("unit", unitId)
			.param("dossier", dossierCode)
			.param("subject", subject)
			.param("body", body)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private record Unsent(UUID id, String recipient, String subject, String body) {
	}

	/**
	 * Hands the reminders not yet e-mailed to the delivery log, which sends each once and retries
	 * failures; a reminder to an official without an e-mail address stays in the centre only.
	 */
	void sendEmails() {
		List<Unsent> unsent = this.jdbc.sql("""
				select id, recipient, subject, body from monitoring_reminder
				 where emailed_at is null order by created_at limit 200""")
			.query(Unsent.class)
			.list();
		for (Unsent u : unsent) {
			OfficialView official = official(u.recipient());
			if (official != null && official.email() != null && !official.email().isBlank()) {
				this.mail.send("reminder:" + u.id(), official.email(), u.subject(), u.body());
			}
			this.jdbc.sql("update monitoring_reminder set emailed_at = :now where id = :id")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("id", u.id())
				.update();
		}
	}

	private @Nullable OfficialView official(String username) {
		try {
			return this.identity.official(username, Actor.system());
		}
		catch (DomainException ex) {
			return null; // not an official's account (the system, an import)
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Vietnam.LOCALE);
	}

	// the notification centre

	/** A reminder as its recipient sees it. */
	public record Notice(UUID id, String kind, @Nullable String dossierCode, String subject, String body,
			OffsetDateTime createdAt, boolean read) {
	}

	/** @return the official's latest reminders, newest first. */
	public List<Notice> of(String username, int limit) {
		return this.jdbc.sql("""
				select id, kind, dossier_code, subject, body, created_at, read_at is not null as read
				  from monitoring_reminder where recipient = :who order by created_at desc, id limit :limit""")
			.param("who", username)
			.param("limit", limit)
			.query((rs, n) -> new Notice(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("dossier_code"), rs.getString("subject"), rs.getString("body"),
					SqlTimes.at(rs, "created_at", Vietnam.ZONE), rs.getBoolean("read")))
			.list();
	}

	/** @return how many of the official's reminders are unread. */
	public long unread(String username) {
		return this.jdbc.sql("select count(*) from monitoring_reminder where recipient = :who and read_at is null")
			.param("who", username)
			.query(Long.class)
			.single();
	}

	/** Marks one of the official's reminders read, or all of them when {@code id} is {@literal null}. */
	public void markRead(String username, @Nullable UUID id) {
		this.jdbc.sql("update monitoring_reminder set read_at = :now where recipient = :who and read_at is null"
				+ (id == null ? "" : " and id = :id"))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("who", username)
			.param("id", id)
			.update();
	}

}
