package vn.motcua.monitoring.reports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.ReadsFromReplica;
import vn.motcua.monitoring.statistics.Breakdowns;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Selection;

import static vn.motcua.dossier.DossierFact.DOSSIERS;

/**
 * The Decision 766/QĐ-TTg service index (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục
 * vụ người dân, doanh nghiệp) of a unit for a period, from live data, in its five groups: publicity
 * and transparency 18, progress and results 20, digitisation 22, online public services 22 (online
 * filing 12, online payment 10), satisfaction 18. For each indicator the data supports, its ratio,
 * target and points; for the others, what data is missing — never a guess. Satisfaction follows the
 * national portal: 100 % − (late % of the results + «not satisfied» % of the ratings); complaints
 * are not counted, monitoring does not read the feedback register.
 */
@Service
@ReadsFromReplica
@Transactional(readOnly = true)
class ServiceIndex {

	private static final String FACTS = """
			select count(*), count(*) filter (where digitised), count(rating), count(*) filter (where rating <= 2)
			  from %s
			 where unit_id in (:units) and received_at >= :start and received_at < :end""".formatted(DOSSIERS.view());

	private final Breakdowns statistics;

	private final JdbcClient jdbc;

	private final IndexTargets targets;

	ServiceIndex(Breakdowns statistics, JdbcClient jdbc, IndexTargets targets) {
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.targets = targets;
	}

	IndexResult compute(Selection s) {
		DossierCounts c = this.statistics.counts(s);
		long[] facts = this.jdbc.sql(FACTS)
			.param("units", s.unitIds())
			.param("start", s.start())
			.param("end", s.end())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		return IndexResult.of(s, List.of(
				new IndexGroup("publicity", 18, List.of(IndexComponent.missing("transparency", 18, "transparency"))),
				new IndexGroup("results", 20, List.of(IndexComponent.of("progress", 20,
						c.resolved().early() + c.resolved().onTime() + c.pending().withinTime(), c.received().total(),
						this.targets.progress()))),
				new IndexGroup("digital", 22,
						List.of(IndexComponent.of("digitisation", 22, facts[1], facts[0], this.targets.digitisation()))),
				new IndexGroup("services", 22, List.of(
						IndexComponent.of("online", 12, c.received().online(), c.received().online() + c.received().direct(),
								this.targets.online()),
						IndexComponent.missing("payment", 10, "payment"))),
				new IndexGroup("satisfied", 18, List.of(satisfaction(c.resolved().late(), c.resolved().total(), facts[3],
						facts[2])))));
	}

	/** 100 % − (late share of the results + «not satisfied» share of the ratings), as the national portal computes it. */
	private IndexComponent satisfaction(long late, long resolved, long dissatisfied, long rated) {
		if (resolved == 0 && rated == 0) {
			return IndexComponent.missing("satisfaction", 18, "ratings");
		}
		double ratio = 1 - (resolved == 0 ? 0 : (double) late / resolved) - (rated == 0 ? 0 : (double) dissatisfied / rated);
		return IndexComponent.ofRatio("satisfaction", 18, ratio, this.targets.satisfaction(), "satisfaction");
	}

}
