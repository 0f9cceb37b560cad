package vn.motcua.monitoring.statistics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.monitoring.UnitFigures;
import vn.motcua.shared.Actor;

import static vn.motcua.dossier.DossierFact.DOSSIERS;

/** {@link UnitFigures} from the same selection and counts as the statistics API, and the ratings. */
@Service
class StatisticsFigures implements UnitFigures {

	/** The ratings of the dossiers received in the period (as the Decision 766 index counts them), and the satisfied. */
	private static final String RATINGS = """
			select count(rating), count(*) filter (where rating >= 4) from %s
			 where unit_id in (:units) and received_at >= :start and received_at < :end""".formatted(DOSSIERS.view());

	private final Questions questions;

	private final Breakdowns breakdowns;

	private final JdbcClient jdbc;

	StatisticsFigures(Questions questions, Breakdowns breakdowns, JdbcClient jdbc) {
		this.questions = questions;
		this.breakdowns = breakdowns;
		this.jdbc = jdbc;
	}

	@Override
	public Figures of(String unitCode, LocalDate from, LocalDate to) {
		Selection s = this.questions.select(Actor.system(), unitCode, from, to, false);
		DossierCounts c = this.breakdowns.counts(s);
		long received = c.received().online() + c.received().direct();
		long[] ratings = this.jdbc.sql(RATINGS)
			.param("units", s.unitIds())
			.param("start", s.start())
			.param("end", s.end())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		return new Figures(received, c.received().online(), c.resolved().total(), c.onTimeRate(), percent(c.received().online(), received),
				percent(ratings[1], ratings[0]));
	}

	private static @Nullable Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
	}

}
