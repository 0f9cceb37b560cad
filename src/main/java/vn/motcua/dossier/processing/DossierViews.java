package vn.motcua.dossier.processing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.processing.DossierView.ApplicantView;
import vn.motcua.dossier.processing.DossierView.ClockStopView;
import vn.motcua.dossier.processing.DossierView.StepView;
import vn.motcua.dossier.processing.DossierView.TimelineView;

/** Turns the aggregate into what the API and pages show, in Viet Nam's offset. */
public final class DossierViews {

	private final ZoneId zone;

	public DossierViews(ZoneId zone) {
		this.zone = zone;
	}

	/** @return the dossier with its whole timeline, {@code overdue} judged at {@code now}. */
	public DossierView view(Dossier d, Instant now) {
		Intake i = d.intake();
		return new DossierView(d.id(), d.code(), d.status(), d.status().nationalCode(), i.procedureCode(),
				i.procedureName(), i.agencyCode(), i.unitId(), i.channel(),
				new ApplicantView(i.applicant().fullName(), i.applicant().idNumber(), i.applicant().phone(),
						i.applicant().email(), i.applicant().address()),
				i.lookupSecret(), at(i.receivedAt()), at(i.countFrom()), at(d.dueAt()), at(d.rescheduledDueAt()),
				at(d.rescheduledDueAt() != null ? d.rescheduledDueAt() : d.dueAt()), i.timeLimit(), i.timeUnit(),
				i.ruleVersion(), i.clockStopMode(), d.currentStep(), d.isOverdueAt(now), at(d.resolvedAt()), d.timeliness(),
				steps(d), d.stops().stream().map(s -> new ClockStopView(at(s.stoppedAt()), at(s.resumedAt()))).toList(),
				timeline(d), d.version(), i.desk() == null ? null : i.desk().agencyCode(),
				i.desk() == null ? null : at(i.desk().paperDueAt()));
	}

	private List<StepView> steps(Dossier d) {
		return d.steps()
			.stream()
			.map(s -> new StepView(s.position(), s.name(), s.role(), s.shareHours(), s.actingUnitId(), at(s.dueAt()),
					s.assignee(), at(s.startedAt()), at(s.completedAt()), s.completedBy(), s.timeliness()))
			.toList();
	}

	private List<TimelineView> timeline(Dossier d) {
		return d.timeline()
			.stream()
			.map(e -> new TimelineView(at(e.at()), e.action(), e.actor(), e.fromStatus(), e.toStatus(), e.note()))
			.toList();
	}

	/** @return the moment at Viet Nam's offset, {@literal null} for {@literal null}. */
	public @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : instant.atZone(this.zone).toOffsetDateTime();
	}

}
