package vn.motcua.parindex.results;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.organization.UnitView;
import vn.motcua.parindex.assessment.Scorecards;
import vn.motcua.parindex.domain.Band;
import vn.motcua.parindex.domain.Points;
import vn.motcua.parindex.domain.Ranking;
import vn.motcua.parindex.domain.Scorecard;
import vn.motcua.parindex.sets.ParAccess;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.parindex.sets.ParSets;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The results of a set: every unit's scorecard, ranked; published with the issuer's decision. */
@Service
@Transactional
public class Results {

	private final ParSets sets;

	private final ParAccess access;

	private final Scorecards scorecards;

	private final JdbcClient jdbc;

	private final Clock clock;

	Results(ParSets sets, ParAccess access, Scorecards scorecards, JdbcClient jdbc, Clock clock) {
		this.sets = sets;
		this.access = access;
		this.scorecards = scorecards;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return one line per unit, by rank then name.
	 * @throws DomainException {@code par-set-not-found}, {@code par-results-not-published}.
	 */
	@Transactional(readOnly = true)
	public List<UnitResult> of(UUID setId, Actor actor) {
		ParSet set = this.sets.require(setId);
		this.access.requireResultsReader(actor, set);
		return ranked(set, lastYear(set));
	}

	private List<UnitResult> ranked(ParSet set, Map<String, Double> before) {
		List<Scorecard> cards = set.units().stream().map(u -> this.scorecards.of(set, u)).toList();
		List<Integer> ranks = Ranking.of(cards, Scorecard::index);
		List<UnitResult> lines = new ArrayList<>();
		for (int i = 0; i < cards.size(); i++) {
			Scorecard c = cards.get(i);
			UnitView u = set.units().get(i);
			Double previous = before.get(u.code());
			lines.add(new UnitResult(u.code(), u.name(), c.selfPoints(), c.points(), c.bonus(), c.penalty(), c.maxPoints(),
					c.index(), c.band().map(Band::name).orElse(null), ranks.get(i),
					previous == null ? null : Points.round(c.index() - previous)));
		}
		lines.sort(Comparator.comparingInt(UnitResult::rank).thenComparing(UnitResult::unitName));
		return lines;
	}

	/** @return the index of each unit in the same issuer's published set of the year before. */
	private Map<String, Double> lastYear(ParSet set) {
		Optional<UUID> previous = this.jdbc.sql("""
				select id from par_set where issuer_unit_id = ? and year = ? and published_at is not null
				order by published_at desc limit 1""")
			.params(set.issuer().id(), set.year() - 1)
			.query(UUID.class)
			.optional();
		return previous.map(this.sets::require)
			.map(p -> ranked(p, Map.of()).stream()
				.collect(java.util.stream.Collectors.toMap(UnitResult::unitCode, UnitResult::index)))
			.orElse(Map.of());
	}

	/**
	 * @return the results of a published set, for everyone (the portal), by rank.
	 * @throws DomainException {@code par-results-not-published} for a set not published.
	 */
	@Transactional(readOnly = true)
	public List<UnitResult> published(ParSet set) {
		if (!set.published()) {
			throw new DomainException(Kind.NOT_FOUND, "par-results-not-published");
		}
		return ranked(set, lastYear(set));
	}

	/**
	 * Publishes the results under the issuer's decision; the scores are final from then, the computed
	 * ones fixed as the figures stand ({@link Scorecards#freezeComputed}).
	 * @throws DomainException {@code forbidden}, {@code par-set-published}.
	 */
	public void publish(UUID setId, String decision, LocalDate date, Actor actor) {
		ParSet set = this.sets.require(setId);
		this.access.requireCommittee(actor, set.issuer());
		if (set.published()) {
			throw new DomainException(Kind.CONFLICT, "par-set-published");
		}
		this.scorecards.freezeComputed(set, actor.username(), this.clock.instant());
		int updated = this.jdbc.sql("""
				update par_set set decision = ?, decision_date = ?, published_at = ? where id = ? and published_at is null""")
			.params(decision.strip(), date, Timestamp.from(this.clock.instant()), set.id())
			.update();
		if (updated == 0) {
			throw new DomainException(Kind.CONFLICT, "par-set-published");
		}
	}

}
