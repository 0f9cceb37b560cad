package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * The internal steps of a dossier, numbered from 1 (RULES.md §2.3): each not yet done is due after
 * its share of office time, counted cumulatively and never past the dossier's own due moment;
 * one at a time is current, and completing it starts the next. Remembers which steps changed
 * since they were stored.
 */
final class StepPlan {

	private final List<DossierStep> steps;

	private @Nullable Integer current;

	private final Set<Integer> changed = new LinkedHashSet<>();

	StepPlan(List<DossierStep> steps, @Nullable Integer current) {
		this.steps = new ArrayList<>(steps);
		this.current = current;
	}

	/** Plans the steps not yet done from {@code from}, capped at {@code dossierDue} when there is one. */
	void plan(Instant from, @Nullable Instant dossierDue, Schedule schedule) {
		double hours = 0;
		for (DossierStep step : this.steps) {
			if (step.isCompleted()) {
				continue;
			}
			hours += step.shareHours();
			Instant due = schedule.plusWorkingHours(from, hours);
			step.dueAt(dossierDue != null && due.isAfter(dossierDue) ? dossierDue : due);
			this.changed.add(step.position());
		}
	}

	/** The first step starts with the dossier's receipt. */
	void startFirst(Instant at) {
		if (!this.steps.isEmpty()) {
			this.steps.get(0).start(at);
		}
	}

	/**
	 * Gives the current step to {@code official}.
	 * @param eligible whether an official holds the step's role in the unit acting on it.
	 * @throws DomainException {@code assignee-required}, {@code no-current-step}, {@code assignee-not-eligible}.
	 */
	void assignCurrent(String official, Predicate<String> eligible, Instant now) {
		if (official.isBlank()) {
			throw new DomainException(Kind.INVALID, "assignee-required");
		}
		int position = requireCurrent(DossierAction.ASSIGN);
		if (!eligible.test(official)) {
			throw new DomainException(Kind.INVALID, "assignee-not-eligible", official, at(position).role());
		}
		at(position).assign(official, now);
		this.changed.add(position);
	}

	/** Completes the current step; the next one, if any, starts at once. */
	void completeCurrent(String official, Instant now) {
		complete(requireCurrent(DossierAction.COMPLETE_STEP), official, now);
	}

	/** Before the result: the last step, if still open, is completed now; any earlier one is refused. */
	void completeForResult(String official, Instant now) {
		if (this.current == null) {
			return;
		}
		if (this.current < this.steps.size()) {
			throw new DomainException(Kind.CONFLICT, "steps-pending", this.steps.size() - this.current + 1);
		}
		complete(this.current, official, now);
	}

	/** @return whether the step being worked on is the last one. */
	boolean isLastCurrent() {
		return this.current != null && this.current == this.steps.size();
	}

	/**
	 * The current step goes back to the previous one, which is open again for its official.
	 * @throws DomainException {@code no-previous-step} on the first step or without a current one.
	 */
	void sendBack(Instant now) {
		if (this.current == null || this.current < 2) {
			throw new DomainException(Kind.CONFLICT, "no-previous-step");
		}
		int previous = this.current - 1;
		at(previous).reopen(now);
		this.changed.add(previous);
		this.current = previous;
	}

	/** Processing ends without a result: no step is current any more. */
	void stop() {
		this.current = null;
	}

	private void complete(int position, String official, Instant now) {
		at(position).complete(official, now);
		this.changed.add(position);
		if (position >= this.steps.size()) {
			this.current = null;
			return;
		}
		DossierStep next = this.steps.get(position);
		next.start(now);
		this.changed.add(next.position());
		this.current = next.position();
	}

	private int requireCurrent(DossierAction action) {
		if (this.current == null) {
			throw new DomainException(Kind.CONFLICT, "no-current-step", action);
		}
		return this.current;
	}

	/** @return the position of the step being worked on, {@literal null} when none is. */
	public @Nullable Integer current() {
		return this.current;
	}

	/** @return the step being worked on, {@literal null} when none is. */
	@Nullable DossierStep currentStep() {
		return this.current == null ? null : at(this.current);
	}

	/** @return the step at {@code position} (from 1). */
	private DossierStep at(int position) {
		return this.steps.get(position - 1);
	}

	/** @return whether one of the steps is acted on by a unit {@code inScope} accepts. */
	boolean anyActingIn(Predicate<UUID> inScope) {
		return this.steps.stream().anyMatch(s -> s.actingUnitId() != null && inScope.test(s.actingUnitId()));
	}

	/** @return every step in order; never {@literal null}. */
	public List<DossierStep> list() {
		return Collections.unmodifiableList(this.steps);
	}

	/** @return the steps changed since the last store, in the order they changed first. */
	public List<DossierStep> changed() {
		return this.changed.stream().map(this::at).toList();
	}

	void markStored() {
		this.changed.clear();
	}

	/** @return the steps copied, so that the copy changes independently. */
	List<DossierStep> copies() {
		return this.steps.stream()
			.map(s -> new DossierStep(s.position(), s.name(), s.role(), s.shareHours(), s.actingUnitId(), s.dueAt(),
					s.assignee(), s.startedAt(), s.completedAt(), s.completedBy(), s.timeliness()))
			.toList();
	}

}
