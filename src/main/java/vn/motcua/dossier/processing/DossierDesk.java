package vn.motcua.dossier.processing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.domain.ActionLabel;
import vn.motcua.dossier.domain.AvailableActions;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialName;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dossier page offers an official: only the actions allowed now, each labelled by its
 * outcome; the officials the current step may be given to; officials named by full name and position.
 */
@Component
@Transactional(readOnly = true)
public class DossierDesk {

	private final IdentityManagement identity;

	private final Clock clock;

	private final OrganizationManagement organization;

	DossierDesk(IdentityManagement identity, Clock clock, OrganizationManagement organization) {
		this.identity = identity;
		this.clock = clock;
		this.organization = organization;
	}

	/** @return the agency's name with its identifier code, the code alone when it is unknown. */
	public String agencyName(String code) {
		return this.organization.latestAgencyWithCode(code).map(a -> a.name() + " (" + code + ")").orElse(code);
	}

	/** A button: the action it takes and the key of its label ({@code act.<label>}). */
	public record ActionButton(DossierAction action, String label) {
	}

	/** @return the buttons of the actions {@code actor} may take now, in the lifecycle's order. */
	public List<ActionButton> buttons(Dossier dossier, Actor actor) {
		UnitScope scope = this.identity.scopeOf(actor);
		return AvailableActions.of(dossier, actor, scope::contains, this.clock.instant())
			.stream()
			.map(a -> new ActionButton(a, ActionLabel.of(a, dossier)))
			.toList();
	}

	/** @return the officials the current step may be given to, by full name. */
	public List<OfficialName> assignees(Dossier dossier) {
		return Assignees.forCurrentStep(dossier, this.identity);
	}

	/** @return whether the current step is the leader's signing, where the draft result is shown. */
	public boolean signing(Dossier dossier) {
		return dossier.currentStepDetail().map(DossierStep::role).filter(Role.LEADER.name()::equals).isPresent();
	}

	/** @return the officials named in the dossier (timeline, steps, {@code more}), by login name. */
	public Map<String, OfficialName> names(Dossier dossier, List<String> more) {
		List<String> usernames = new ArrayList<>(more);
		dossier.timeline().forEach(e -> usernames.add(e.actor()));
		for (DossierStep step : dossier.steps()) {
			Optional.ofNullable(step.assignee()).ifPresent(usernames::add);
			Optional.ofNullable(step.completedBy()).ifPresent(usernames::add);
		}
		return this.identity.names(usernames);
	}

}
