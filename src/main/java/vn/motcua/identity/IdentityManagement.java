package vn.motcua.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.domain.Official;
import vn.motcua.identity.domain.OfficialRepository;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.TextFolding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only queries on officials, always within the asking official's scope: an official
 * outside it is reported as not found, exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class IdentityManagement {

	private final OfficialRepository officials;

	private final OrganizationManagement organization;

	private final JdbcClient jdbc;

	private final Clock clock;

	IdentityManagement(OfficialRepository officials, OrganizationManagement organization, JdbcClient jdbc,
			Clock clock) {
		this.officials = officials;
		this.organization = organization;
		this.jdbc = jdbc;
		this.clock = clock;
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
		UnitScope scope = scopeOf(actor);
		String folded = query == null ? "" : TextFolding.fold(query);
		// the scope goes to SQL: a district administrator never loads the province's officials
		List<Official> inScope = scope.systemWide() ? (List<Official>) this.officials.findAll()
				: this.officials.findByUnitIdIn(scope.unitIds());
		List<Official> visible = inScope.stream()
			.filter(o -> folded.isEmpty() || TextFolding.fold(o.username() + " " + o.fullName()).contains(folded))
			.sorted((a, b) -> a.username().compareTo(b.username()))
			.toList();
		return views(visible);
	}

	/**
	 * @return the official, never {@literal null}.
	 * @throws DomainException {@code official-not-found} when unknown or outside the scope.
	 */
	public OfficialView official(String username, Actor actor) {
		return views(List.of(find(username, actor))).get(0);
	}

	Official find(String username, Actor actor) {
		return this.officials.findByUsername(username)
			.filter(o -> inScope(scopeOf(actor), o))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "official-not-found", username));
	}

	static boolean inScope(UnitScope scope, Official official) {
		return official.unitId() == null ? scope.systemWide() : scope.contains(official.unitId());
	}

	List<OfficialView> views(List<Official> list) {
		Map<UUID, AgencyView> agencies = this.organization.allAgencies()
			.stream()
			.collect(Collectors.toMap(AgencyView::id, Function.identity()));
		List<UUID> ids = list.stream().map(Official::id).toList();
		Map<UUID, LoginRow> logins = ids.isEmpty() ? Map.of()
				: this.jdbc.sql("select * from identity_login_state where official_id in (:ids)")
					.param("ids", ids)
					.query(LoginRow.class)
					.stream()
					.collect(Collectors.toMap(LoginRow::officialId, Function.identity()));
		Instant now = this.clock.instant();
		return list.stream().map(o -> {
			AgencyView agency = o.agencyId() == null ? null : agencies.get(o.agencyId());
			LoginRow login = logins.get(o.id());
			return new OfficialView(o.id(), o.username(), o.fullName(), o.email(), o.phone(), o.position(),
					o.agencyId(), agency == null ? null : agency.code(), agency == null ? null : agency.name(),
					o.unitId(), o.roles(), o.enabled(), login != null && login.lockedAt(now), o.mustChangePassword(),
					login == null ? null : login.lastLoginAt(), o.version() == null ? 0 : o.version());
		}).toList();
	}

	record LoginRow(UUID officialId, int failedAttempts, @Nullable Instant lockedUntil, @Nullable Instant lastLoginAt) {

		boolean lockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

	}

}
