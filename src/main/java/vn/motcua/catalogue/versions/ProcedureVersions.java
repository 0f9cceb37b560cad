package vn.motcua.catalogue.versions;

import java.util.List;
import java.util.UUID;
import vn.motcua.catalogue.CatalogueChanged;
import vn.motcua.catalogue.procedures.CatalogueEditors;

import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.catalogue.domain.DefaultProcess;
import vn.motcua.catalogue.procedures.ProcedureRepository;
import vn.motcua.catalogue.procedures.ProcessSteps;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records procedure versions: a first one, or a new one that takes over from its date. */
@Service
@Transactional
public class ProcedureVersions {

	private final ProcedureRepository procedures;

	private final ProcessSteps steps;

	private final CatalogueEditors editors;

	private final ApplicationEventPublisher events;

	ProcedureVersions(ProcedureRepository procedures, ProcessSteps steps, CatalogueEditors editors,
			ApplicationEventPublisher events) {
		this.events = events;
		this.editors = editors;
		this.procedures = procedures;
		this.steps = steps;
	}

	/**
	 * Records a procedure version; without steps it gets the default internal process.
	 * @throws DomainException {@code procedure-version-overlaps} when another version of the code
	 * is in force on one of its days.
	 */
	public ProcedureView register(ProcedureDraft draft) {
		UUID id = this.procedures.insert(draft);
		List<ProcessStep> process = draft.steps().isEmpty()
				? DefaultProcess.forProcedure(draft.level(), draft.effectiveFrom(), draft.timeLimit(), draft.timeUnit()) : draft.steps();
		this.steps.insert(id, null, process);
		CatalogueChanged.publish(this.events);
		return this.procedures.procedure(id).orElseThrow();
	}

	/**
	 * Records a new version of a procedure from {@code draft.effectiveFrom()}: the version in force
	 * before ends the day before. Keeps the previous version's own processes out of it: the new one
	 * starts with the default process (or the draft's steps).
	 * @throws DomainException {@code forbidden} for a non-administrator, {@code catalogue-province-only}
	 * below the province,
	 * {@code procedure-version-overlaps} when a later version exists already.
	 */
	public ProcedureView newVersion(ProcedureDraft draft, Actor actor) {
		this.editors.require(actor);
		this.procedures.endBefore(draft.code(), draft.effectiveFrom());
		return register(draft);
	}

}
