package vn.motcua.organization.units;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import vn.motcua.organization.OrganizationChanged;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.KeptAWhile;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scopes: a unit with the units below it and the units it was formed from, in every era. Units
 * change rarely and every request asks for a scope, so each unit's tree is kept a while.
 */
@Component
public class UnitTrees {

	/** How long another node's change to the organization may take to reach this one. */
	public static final Duration KEPT = Duration.ofSeconds(60);

	private final JdbcClient jdbc;

	private final KeptAWhile<UUID, Set<UUID>> trees = new KeptAWhile<>(KEPT);

	UnitTrees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @see vn.motcua.organization.OrganizationManagement#scopeOf(Actor) */
	public UnitScope scopeOf(Actor actor) {
		UUID home = actor.unitId();
		return home == null ? UnitScope.SYSTEM_WIDE : new UnitScope(false, unitAndBelow(home));
	}

	/** @see vn.motcua.organization.OrganizationManagement#unitAndBelow(UUID) */
	public Set<UUID> unitAndBelow(UUID unitId) {
		return Objects.requireNonNull(this.trees.get(unitId, this::load));
	}

	private Set<UUID> load(UUID unitId) {
		return Set.copyOf(this.jdbc.sql("""
				with recursive roots(id) as (
				  select cast(:home as uuid)
				  union
				  select s.predecessor_id from organization_unit_succession s join roots r on s.successor_id = r.id
				), tree(id) as (
				  select id from roots
				  union
				  select u.id from organization_unit u join tree t on u.parent_id = t.id
				)
				select id from tree
				""").param("home", unitId).query(UUID.class).list());
	}

	@EventListener
	void forget(OrganizationChanged changed) {
		this.trees.forget();
	}

}
