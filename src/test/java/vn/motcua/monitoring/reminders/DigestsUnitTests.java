package vn.motcua.monitoring.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.monitoring.OverdueItems;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.organization.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What the heads' daily lists and the leaders' weekly digests say, and when the week's first working day is. */
class DigestsUnitTests {

	static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-000000000168");

	/** The wording as its key and arguments, to read in assertions. */
	static final Texts TEXTS = (key, args) -> key + Arrays.toString(args);

	private static List<OverdueItems.Item> overdue(int count) {
		List<OverdueItems.Item> items = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			items.add(new OverdueItems.Item(UNIT, "HS-" + i, "Thủ tục " + i, Instant.parse("2025-04-03T10:00:00Z")));
		}
		return items;
	}

	@Test
	void aHeadsListNamesTheFirstTwentyAndHowManyMore() {
		Reminder r = OverdueDigest.DOSSIERS.to("truongphong", UNIT, "Huyện Phú Lương", overdue(23),
				LocalDate.of(2025, 4, 8), TEXTS);
		assertThat(r.kind()).isEqualTo(ReminderKind.OVERDUE);
		assertThat(r.key()).isEqualTo("OVERDUE:truongphong:2025-04-08");
		assertThat(r.recipient()).isEqualTo("truongphong");
		assertThat(r.unitId()).isEqualTo(UNIT);
		assertThat(r.dossierCode()).isNull();
		assertThat(r.subject()).isEqualTo("reminder.overdue.subject[Huyện Phú Lương, 23]");
		assertThat(r.body()).startsWith("reminder.overdue.body[Huyện Phú Lương, 23, reminder.overdue.line[HS-1, Thủ tục 1, 17:00 03/04/2025]")
			.contains("HS-20,")
			.doesNotContain("HS-21,")
			.endsWith(", reminder.more[3]]");
	}

	@Test
	void aShortListSaysNothingMore() {
		Reminder r = OverdueDigest.DOSSIERS.to("truongphong", UNIT, "Huyện Phú Lương", overdue(20),
				LocalDate.of(2025, 4, 8), TEXTS);
		assertThat(r.body()).endsWith("HS-20, Thủ tục 20, 17:00 03/04/2025], ]");
	}

	@Test
	void anotherModulesItemsHaveTheirOwnKeyAndWording() {
		OverdueItems feedback = mock(OverdueItems.class);
		when(feedback.kind()).thenReturn("FEEDBACK");
		OverdueDigest digest = OverdueDigest.of(feedback);
		assertThat(digest).isEqualTo(new OverdueDigest(ReminderKind.OVERDUE_ITEMS, "OVERDUE_FEEDBACK", "feedback"));
		assertThat(digest.to("truongphong", UNIT, "Huyện", overdue(1), LocalDate.of(2025, 4, 9), TEXTS).key())
			.isEqualTo("OVERDUE_FEEDBACK:truongphong:2025-04-09");
	}

	@Test
	void theWeeklyDigestIsKeyedByTheIsoWeekAndTellsLastWeeksFigures() {
		LocalDate tuesday = LocalDate.of(2025, 4, 8);
		assertThat(WeeklyDigest.week(tuesday)).isEqualTo("2025-W15");
		assertThat(WeeklyDigest.week(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W1");
		assertThat(WeeklyDigest.monday(tuesday)).isEqualTo(LocalDate.of(2025, 4, 7));
		assertThat(WeeklyDigest.monday(LocalDate.of(2025, 4, 13))).isEqualTo(LocalDate.of(2025, 4, 7));
		UnitView unit = mock(UnitView.class);
		when(unit.id()).thenReturn(UNIT);
		when(unit.name()).thenReturn("Huyện Phú Lương");
		Selection lastWeek = new Selection(unit, Set.of(UNIT), true, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 6));
		DossierCounts c = new DossierCounts(new DossierCounts.Received(9, 2, 5, 2), new DossierCounts.Resolved(4, 1, 2, 1),
				new DossierCounts.Pending(5, 3, 2), 0, 2.5, 75.0);
		Reminder r = WeeklyDigest.to("lanhdao", lastWeek, c, "2025-W15", TEXTS);
		assertThat(r.key()).isEqualTo("WEEKLY:lanhdao:2025-W15");
		assertThat(r.kind()).isEqualTo(ReminderKind.WEEKLY);
		assertThat(r.unitId()).isEqualTo(UNIT);
		assertThat(r.subject()).isEqualTo("reminder.weekly.subject[Huyện Phú Lương, 2025-W15]");
		assertThat(r.body()).isEqualTo("reminder.weekly.body[Huyện Phú Lương, 31/03/2025, 06/04/2025, 9, 4, 1, 5, 2, 75,0 %]");
		DossierCounts none = new DossierCounts(new DossierCounts.Received(0, 0, 0, 0), new DossierCounts.Resolved(0, 0, 0, 0),
				new DossierCounts.Pending(0, 0, 0), 0, null, null);
		assertThat(WeeklyDigest.to("lanhdao", lastWeek, none, "2025-W15", TEXTS).body()).endsWith(", 0, 0, —]");
	}

	@Test
	void theFirstWorkingDayOfTheWeekIsTheFirstNotPrecededByAWorkingDay() {
		LocalDate hungKings = LocalDate.of(2025, 4, 7); // Monday, a holiday
		assertThat(Digests.firstWorkingDayOfWeek(LocalDate.of(2025, 4, 8), d -> !d.equals(hungKings))).isTrue();
		assertThat(Digests.firstWorkingDayOfWeek(LocalDate.of(2025, 4, 9), d -> !d.equals(hungKings))).isFalse();
		assertThat(Digests.firstWorkingDayOfWeek(LocalDate.of(2025, 4, 14), d -> true)).isTrue();
		assertThat(Digests.firstWorkingDayOfWeek(LocalDate.of(2025, 4, 15), d -> true)).isFalse();
	}

	@Test
	void aStepReminderIsKeyedByStepHolderAndDueMoment() {
		UUID dossier = UUID.fromString("11111111-1111-1111-1111-111111111111");
		StepReminders.Step step = new StepReminders.Step(dossier, "HS-1", "Thủ tục", UNIT, "chuyenvien",
				Instant.ofEpochMilli(1_741_168_800_000L));
		assertThat(step.key()).isEqualTo("STEP_DUE:" + dossier + ":chuyenvien:1741168800000");
	}

	@Test
	void recentStepKeysAreForgottenAllAtOnceWhenFull() {
		RecentStepKeys keys = new RecentStepKeys();
		for (int i = 0; i < RecentStepKeys.CAPACITY; i++) {
			keys.remember("k" + i);
		}
		assertThat(keys.contains("k0")).isTrue();
		keys.remember("one more");
		assertThat(keys.contains("k0")).isFalse();
		assertThat(keys.contains("one more")).isTrue();
	}

}
