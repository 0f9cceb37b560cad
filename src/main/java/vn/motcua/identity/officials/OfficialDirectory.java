package vn.motcua.identity.officials;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.OfficialName;
import vn.motcua.identity.OfficialView;
import vn.motcua.identity.domain.Official;
import vn.motcua.identity.domain.Profile;
import vn.motcua.identity.login.LoginStates;
import vn.motcua.identity.login.LoginStates.LoginRecord;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Role;
import vn.motcua.shared.TextFolding;

import org.springframework.stereotype.Component;

/**
 * Officials as an asking official sees them, always within that official's scope: an official
 * outside it is reported as not found, exactly like one that does not exist.
 */
@Component
public class OfficialDirectory {

	private final OfficialRepository officials;

	private final OrganizationManagement organization;

	private final LoginStates logins;

	private final Clock clock;

	OfficialDirectory(OfficialRepository officials, OrganizationManagement organization, LoginStates logins,
			Clock clock) {
		this.officials = officials;
		this.organization = organization;
		this.logins = logins;
		this.clock = clock;
	}

	/** @see vn.motcua.identity.IdentityManagement#officials(Actor, String) */
	public List<OfficialView> officials(Actor actor, @Nullable String query) {
		UnitScope scope = this.organization.scopeOf(actor);
		String folded = query == null ? "" : TextFolding.fold(query);
		// the scope goes to SQL: a district administrator never loads the province's officials
		List<Official> inScope = scope.systemWide() ? this.officials.findAll()
				: this.officials.findByUnitIdIn(scope.unitIds());
		return views(inScope.stream()
			.filter(o -> folded.isEmpty() || TextFolding.fold(o.username() + " " + o.fullName()).contains(folded))
			.sorted((a, b) -> a.username().compareTo(b.username()))
			.toList());
	}

	/** @see vn.motcua.identity.IdentityManagement#officialsHolding(UUID, Role) */
	public List<OfficialName> holding(UUID unitId, Role role) {
		return this.officials.findByUnitIdIn(List.of(unitId))
			.stream()
			.filter(o -> o.profile().enabled() && o.profile().roles().stream().anyMatch(r -> r.takesStepsOf(role)))
			.map(OfficialDirectory::name)
			.sorted(Comparator.comparing(OfficialName::fullName))
			.toList();
	}

	/** @see vn.motcua.identity.IdentityManagement#names(Collection) */
	public Map<String, OfficialName> names(Collection<String> usernames) {
		return this.officials.findByUsernameIn(usernames.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(Official::username, OfficialDirectory::name, (a, b) -> a));
	}

	private static OfficialName name(Official o) {
		return new OfficialName(o.username(), o.profile().fullName(), o.profile().position());
	}

	/** @see vn.motcua.identity.IdentityManagement#official(String, Actor) */
	public OfficialView official(String username, Actor actor) {
		return views(List.of(find(username, actor))).get(0);
	}

	/** @throws DomainException {@code official-not-found} when unknown or outside the actor's scope. */
	Official find(String username, Actor actor) {
		UnitScope scope = this.organization.scopeOf(actor);
		return this.officials.findByUsername(username)
			.filter(o -> o.unitId() == null ? scope.systemWide() : scope.contains(o.unitId()))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "official-not-found", username));
	}

	private List<OfficialView> views(List<Official> list) {
		Map<UUID, AgencyView> agencies = this.organization.allAgencies()
			.stream()
			.collect(Collectors.toMap(AgencyView::id, Function.identity()));
		Map<UUID, LoginRecord> logins = this.logins.of(list.stream().map(Official::id).toList());
		Instant now = this.clock.instant();
		return list.stream().map(o -> view(o, agencies, logins.get(o.id()), now)).toList();
	}

	private static OfficialView view(Official o, Map<UUID, AgencyView> agencies, @Nullable LoginRecord login,
			Instant now) {
		Profile p = o.profile();
		AgencyView agency = p.agencyId() == null ? null : agencies.get(p.agencyId());
		return new OfficialView(o.id(), o.username(), p.fullName(), p.email(), p.phone(), p.position(), p.agencyId(),
				agency == null ? null : agency.code(), agency == null ? null : agency.name(), p.unitId(), p.roles(),
				p.enabled(), login != null && login.state().lockedAt(now), o.mustChangePassword(),
				login == null ? null : login.lastLoginAt(), o.version());
	}

}
