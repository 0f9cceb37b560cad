package vn.motcua.planning.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/** Meetings and directives as their readers see them: within scope, with each conclusion's tasks counted. */
@Service
public class MeetingReader {

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	MeetingReader(JdbcClient jdbc, OrganizationManagement organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	/** @return the meetings and directives within the actor's scope, the latest first. */
	@Transactional(readOnly = true)
	public List<Meeting> list(Actor actor) {
		UnitScope scope = this.organization.scopeOf(actor);
		List<UUID> ids = this.jdbc.sql("select id from planning_meeting where " + scope.sqlCondition("unit_id")
				+ " order by held_on desc, created_at desc")
			.params(scope.systemWide() ? Map.of() : Map.of("scope", scope.sqlUnits()))
			.query(UUID.class)
			.list();
		return ids.stream().map(id -> read(id, scope)).toList();
	}

	/** @throws DomainException {@code meeting-not-found} when absent or outside the actor's scope. */
	@Transactional(readOnly = true)
	public Meeting meeting(UUID id, Actor actor) {
		return read(id, this.organization.scopeOf(actor));
	}

	private Meeting read(UUID id, UnitScope scope) {
		Map<UUID, Integer> tasks = this.jdbc.sql("""
				select conclusion_id, count(*) from planning_task
				 where conclusion_id in (select id from planning_conclusion where meeting_id = ?) group by conclusion_id""")
			.param(id)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Meeting.Conclusion> conclusions = this.jdbc.sql(
				"select id, ordinal, content from planning_conclusion where meeting_id = ? order by ordinal")
			.param(id)
			.query((rs, n) -> new Meeting.Conclusion(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					tasks.getOrDefault(rs.getObject(1, UUID.class), 0)))
			.list();
		return this.jdbc.sql("select * from planning_meeting where id = ?")
			.param(id)
			.query((rs, n) -> {
				UnitView unit = this.organization.unit(rs.getObject("unit_id", UUID.class)).orElseThrow();
				return Map.entry(unit.id(), new Meeting(id, unit.code(), unit.name(), rs.getString("kind"),
						rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getString("chair"),
						rs.getString("participants"), rs.getString("content"), rs.getString("reference"), conclusions));
			})
			.optional()
			.filter(m -> scope.contains(m.getKey()))
			.map(Map.Entry::getValue)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "meeting-not-found", id));
	}

}
