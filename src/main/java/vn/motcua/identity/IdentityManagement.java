package vn.motcua.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.officials.OfficialDirectory;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only queries on officials, always within the asking official's scope: an official
 * outside it is reported as not found, exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class IdentityManagement {

	private final OfficialDirectory directory;

	private final OrganizationManagement organization;

	IdentityManagement(OfficialDirectory directory, OrganizationManagement organization) {
		this.directory = directory;
		this.organization = organization;
	}

	/** @return the scope of {@code actor}, never {@literal null}. */
	public UnitScope scopeOf(Actor actor) {
		return this.organization.scopeOf(actor);
	}

	/**
	 * @param query folded match on username and full name; {@literal null} or blank for all.
	 * @return the officials inside the actor's scope, ordered by username; never {@literal null}.
	 */
	public List<OfficialView> officials(Actor actor, @Nullable String query) {
		return this.directory.officials(actor, query);
	}

	/**
	 * The officials a step may be given to: those of {@code unitId}'s agencies whose roles take a
	 * step of {@code role} ({@link Role#takesStepsOf}), whose account is enabled. Not scoped to an
	 * asking official: the caller checked its own scope.
	 * @return ordered by full name; never {@literal null}.
	 */
	public List<OfficialName> officialsHolding(UUID unitId, Role role) {
		return this.directory.holding(unitId, role);
	}

	/**
	 * How officials are shown (full name and position) wherever their login name was recorded.
	 * @return by login name as stored, for those who exist; never {@literal null}.
	 */
	public Map<String, OfficialName> names(Collection<String> usernames) {
		return this.directory.names(usernames);
	}

	/**
	 * @return the official, never {@literal null}.
	 * @throws DomainException {@code official-not-found} when unknown or outside the scope.
	 */
	public OfficialView official(String username, Actor actor) {
		return this.directory.official(username, actor);
	}

}
