package vn.motcua.planning.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.planning.domain.Assigners;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;

import static vn.motcua.shared.Texts.blankToNull;

/**
 * Meetings and directives of a unit, with their conclusions; recorded by its leaders, heads and
 * PAR committee members, read within scope.
 */
@Service
public class Meetings {

	private final JdbcClient jdbc;

	private final Clock clock;

	Meetings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws FieldInvalid {@code kind}, {@code heldOn}, {@code title}, {@code conclusions} (none,
	 * or a blank one); DomainException {@code forbidden}.
	 */
	@Transactional
	public UUID record(Meeting.Request r, Actor actor) {
		Assigners.require(actor);
		String kind = r.kind() == null ? "MEETING" : r.kind().strip().toUpperCase(Locale.ROOT);
		if (!kind.equals("MEETING") && !kind.equals("DIRECTIVE")) {
			throw new FieldInvalid("kind", "validation.meeting-kind");
		}
		if (r.heldOn() == null) {
			throw new FieldInvalid("heldOn", "validation.required");
		}
		if (r.title() == null || r.title().isBlank()) {
			throw new FieldInvalid("title", "validation.required");
		}
		List<String> conclusions = r.conclusions() == null ? List.of()
				: r.conclusions().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
		if (conclusions.isEmpty()) {
			throw new FieldInvalid("conclusions", "validation.meeting-conclusions");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into planning_meeting (id, unit_id, kind, held_on, title, chair, participants, content, reference,
				  created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.unitId(), kind, r.heldOn(), r.title().strip(), blankToNull(r.chair()), blankToNull(r.participants()),
					blankToNull(r.content()), blankToNull(r.reference()), actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		for (int i = 0; i < conclusions.size(); i++) {
			this.jdbc.sql("insert into planning_conclusion (id, meeting_id, ordinal, content) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, i + 1, conclusions.get(i))
				.update();
		}
		return id;
	}

}
