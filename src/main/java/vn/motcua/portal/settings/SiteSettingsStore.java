package vn.motcua.portal.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.site.PortalChanged;
import vn.motcua.portal.site.Portals;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site settings. Every page shows them, so they are kept in memory and read again after a
 * change on this node (other nodes see a change within {@link #REFRESH_MILLIS}).
 */
@Service
public class SiteSettingsStore {

	static final long REFRESH_MILLIS = 30_000;

	private final Portals portals;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final AtomicReference<@Nullable Cached> cache = new AtomicReference<>();

	private final ApplicationEventPublisher events;

	SiteSettingsStore(JdbcClient jdbc, ApplicationEventPublisher events, Portals portals, Clock clock) {
		this.portals = portals;
		this.clock = clock;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** @return the current settings, never {@literal null}. */
	public SiteSettings current() {
		Cached cached = this.cache.get();
		long now = System.nanoTime();
		if (cached == null || now - cached.loadedAt() > REFRESH_MILLIS * 1_000_000) {
			cached = new Cached(load(), now);
			this.cache.set(cached);
		}
		return cached.settings();
	}

	/**
	 * @param settings with the version that was edited; a stale one is rejected.
	 * @throws DomainException {@code forbidden} unless the actor is an administrator or a portal
	 * editor, {@code site-settings-owner-only} unless of the unit that owns the portal today (or the
	 * system's own administrator, who has no unit).
	 */
	@Transactional
	public SiteSettings update(SiteSettings settings, Actor actor) {
		requireEditor(actor);
		int updated = this.jdbc.sql("""
				update portal_site_settings set authority_name = :authority, portal_name = :portal, address = :address,
				  phone = :phone, email = :email, responsible_person = :person, license = :license, version = version + 1
				where id = 1 and version = :version""")
			.param("authority", settings.authorityName().strip())
			.param("portal", settings.portalName().strip())
			.param("address", settings.address())
			.param("phone", settings.phone())
			.param("email", settings.email())
			.param("person", settings.responsiblePerson())
			.param("license", settings.license())
			.param("version", settings.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("site settings changed meanwhile");
		}
		this.cache.set(null);
		PortalChanged.publish(this.events);
		return load();
	}

	private SiteSettings load() {
		return this.jdbc.sql("""
				select authority_name as authorityName, portal_name as portalName, address, phone, email,
				  responsible_person as responsiblePerson, license, version
				from portal_site_settings where id = 1""").query(SiteSettings.class).single();
	}

	private record Cached(SiteSettings settings, long loadedAt) {
	}

	private void requireEditor(Actor actor) {
		if (!actor.hasRole(Role.ADMIN) && !actor.hasRole(Role.PORTAL_EDITOR)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "forbidden");
		}
		UUID owner = this.portals.owner(LocalDate.now(this.clock)).map(UnitView::id).orElse(null);
		UUID home = actor.unitId();
		if (home != null && !home.equals(owner)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "site-settings-owner-only");
		}
	}

}
