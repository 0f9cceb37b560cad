package vn.motcua.organization.units;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Scopes: a unit with the units below it and the units it was formed from, in every era. Units
 * change rarely and every request asks for a scope, so each unit's tree is kept a while.
 */
@Component
public class UnitTrees {

	/** How long another node's change to the unit hierarchy may take to reach this one's scopes. */
	private static final long TREE_TTL_NANOS = 60_000_000_000L;

	private final JdbcClient jdbc;

	private final Map<UUID, Tree> trees = new ConcurrentHashMap<>();

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
		Tree cached = this.trees.get(unitId);
		if (cached != null && System.nanoTime() - cached.loadedAt() < TREE_TTL_NANOS) {
			return cached.units();
		}
		Set<UUID> units = Set.copyOf(this.jdbc.sql("""
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
		this.trees.put(unitId, new Tree(units, System.nanoTime()));
		return units;
	}

	/** Forgets the cached trees at once and again after the commit (a unit or a succession changed). */
	void forgetAfterCommit() {
		this.trees.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					UnitTrees.this.trees.clear();
				}
			});
		}
	}

	/** A unit's tree as last read. */
	private record Tree(Set<UUID> units, long loadedAt) {
	}

}
