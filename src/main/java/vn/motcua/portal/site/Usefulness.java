package vn.motcua.portal.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.portal.polls.Voters;
import vn.motcua.shared.FieldInvalid;

/**
 * «Was this page useful?» under the portal's articles and pages: one answer per reader (account or
 * browser, as in polls) and page — a second answer replaces the first — counted for the editors.
 */
@RestController
class Usefulness {

	/** The public pages that ask. */
	private static final String PAGES = "/(tin-tuc|gioi-thieu|don-vi|lanh-dao|lien-he|thu-tuc)(/[a-z0-9-]+){0,2}";

	private final JdbcClient jdbc;

	private final Clock clock;

	Usefulness(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @throws FieldInvalid {@code path} unless one of the pages that ask, {@code useful} unless true or false. */
	@PostMapping("/api/v1/public/usefulness")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> answer(@RequestBody Map<String, Object> body, HttpServletRequest request, HttpServletResponse response) {
		if (!(body.get("path") instanceof String path) || path.length() > 300 || !path.matches(PAGES)) {
			throw new FieldInvalid("path", "validation.useful-path");
		}
		if (!(body.get("useful") instanceof Boolean useful)) {
			throw new FieldInvalid("useful", "validation.required");
		}
		this.jdbc.sql("""
				insert into portal_usefulness (path, voter, useful, at) values (?, ?, ?, ?)
				on conflict (path, voter) do update set useful = excluded.useful, at = excluded.at""")
			.params(path, Voters.ofOrNew(request, response), useful, Timestamp.from(this.clock.instant()))
			.update();
		return Map.of("path", path, "useful", useful);
	}

	/** @return the pages answered most, with how many found them useful and how many not. */
	List<Count> counts(int limit) {
		return this.jdbc.sql("""
				select path, count(*) filter (where useful), count(*) filter (where not useful) from portal_usefulness
				group by path order by count(*) desc, path limit ?""")
			.param(limit)
			.query((rs, n) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/** How a page was answered. */
	record Count(String path, long useful, long notUseful) {
	}

}
