package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierTurnedAway;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Texts;

/**
 * What happened to a dossier: its timeline (as loaded, plus the entries recorded since the last
 * store) and the events its transitions recorded, until they are released for publication.
 */
final class DossierHistory {

	private final List<TimelineEntry> timeline;

	private final List<TimelineEntry> unstored = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	DossierHistory(List<TimelineEntry> timeline) {
		this.timeline = new ArrayList<>(timeline);
	}

	void record(Instant at, DossierAction action, Actor actor, @Nullable DossierStatus from, DossierStatus to,
			@Nullable String note) {
		TimelineEntry entry = new TimelineEntry(at, action, actor.username(), actor.unitId(), from, to,
				Texts.blankToNull(note));
		this.unstored.add(entry);
		this.timeline.add(entry);
	}

	void received(Dossier d) {
		Intake i = d.intake();
		this.events.add(new DossierReceived(d.id(), d.code(), i.unitId(), i.agencyId(), i.procedureCode(), i.channel(),
				i.receivedAt(), d.dueAt()));
	}

	void turnedAway(Dossier d, boolean refused) {
		Intake i = d.intake();
		this.events.add(new DossierTurnedAway(d.id(), d.code(), i.unitId(), i.agencyId(), i.procedureCode(), i.channel(),
				i.receivedAt(), refused));
	}

	/** The event of a transition, taken once the dossier is in its new state. */
	void changed(Dossier d, DossierAction action, DossierStatus from, Instant at) {
		Intake i = d.intake();
		DossierStep step = d.currentStepDetail().orElse(null);
		this.events.add(new DossierStatusChanged(d.id(), d.code(), i.unitId(), i.procedureCode(), i.procedureName(),
				i.channel(), i.receivedAt(), action, from, d.status(), at, d.dueAt(), d.timeliness(),
				step == null ? null : step.assignee(), step == null ? null : step.dueAt()));
	}

	List<Object> release() {
		List<Object> released = List.copyOf(this.events);
		this.events.clear();
		return released;
	}

	List<TimelineEntry> all() {
		return Collections.unmodifiableList(this.timeline);
	}

	List<TimelineEntry> unstored() {
		return Collections.unmodifiableList(this.unstored);
	}

	void markStored() {
		this.unstored.clear();
	}

}
