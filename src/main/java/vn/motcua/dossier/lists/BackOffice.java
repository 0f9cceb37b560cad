package vn.motcua.dossier.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.ActionPolicy;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the back-office layout shows around every page ({@code @backOffice} in templates): the page
 * the official is on, the online submissions waiting for the desk, and the start page's queues and
 * nearest deadlines.
 */
@Component("backOffice")
@Transactional(readOnly = true)
class BackOffice {

	static final int NEAREST = 8;

	private static final List<String> OWN_ITEMS = List.of("/quan-tri/ho-so/tiep-nhan", "/quan-tri/ho-so/truc-tuyen");

	private final DossierQueries queries;

	private final OrganizationManagement organization;

	private final JdbcClient jdbc;

	BackOffice(DossierQueries queries, OrganizationManagement organization, JdbcClient jdbc) {
		this.queries = queries;
		this.organization = organization;
		this.jdbc = jdbc;
	}

	/** The start page: how many dossiers each queue holds, and «my work» soonest due first. */
	record Home(Map<String, Long> counts, List<DossierSummary> nearest) {
	}

	/** @return the path of the page being shown, without the context path; {@code ""} outside a request. */
	public String path() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "";
		}
		HttpServletRequest request = attributes.getRequest();
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * @return whether the page shown is {@code prefix} or under it; the start page only itself, and
	 * a page with its own menu item (intake, online submissions) not under the dossiers' item.
	 */
	public boolean isCurrent(String prefix) {
		String path = path();
		if (prefix.equals("/quan-tri")) {
			return path.equals(prefix) || path.equals(prefix + "/");
		}
		boolean under = path.equals(prefix) || path.startsWith(prefix + "/");
		return under && OWN_ITEMS.stream().noneMatch(own -> !own.equals(prefix) && own.startsWith(prefix)
				&& (path.equals(own) || path.startsWith(own + "/")));
	}

	/** @return the online submissions waiting for the desk in the official's scope; 0 for others. */
	public long waitingOnline() {
		Actor actor = actor();
		if (actor == null || !(actor.hasRole(Role.RECEPTION) || actor.hasRole(Role.COMMUNE_OFFICER))) {
			return 0;
		}
		UnitScope scope = this.organization.scopeOf(actor);
		return this.jdbc.sql("select count(*) from dossier_submission where status = 'SUBMITTED' and "
				+ scope.sqlCondition("unit_id"))
			.param("scope", scope.sqlUnits())
			.query(Long.class)
			.single();
	}

	/** @return whether the signed-in official's roles read dossiers (the menu shows them only then). */
	public boolean readsDossiers() {
		Actor actor = actor();
		return actor != null && ActionPolicy.mayRead(actor);
	}

	/** @return the start page of the signed-in official, {@literal null} without one or for a role that reads no dossier. */
	public @Nullable Home home() {
		Actor actor = actor();
		if (actor == null || !ActionPolicy.mayRead(actor)) {
			return null;
		}
		DossierQueries.Overview overview = this.queries.overview(actor, WorkQueue.MY_STEPS, null, DossierSearch.NONE, 0, NEAREST);
		Map<String, Long> counts = new HashMap<>();
		overview.counts().forEach((queue, count) -> counts.put(queue.name(), count));
		return new Home(counts, overview.page().items());
	}

	private static @Nullable Actor actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof Actor actor ? actor : null;
	}

}
