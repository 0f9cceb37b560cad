package vn.motcua.monitoring.reports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.monitoring.statistics.Breakdowns;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Selection;

import static vn.motcua.dossier.DossierFact.DOSSIERS;

/**
 * The Decision 766 service index (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ
 * người dân, doanh nghiệp) of a unit for a period, from live data: for each component the data
 * supports, its ratio, target and points; for the others, what data is missing.
 */
@Service
@Transactional(readOnly = true)
class ServiceIndex {

	private static final String FACTS = """
			select count(*), count(*) filter (where digitised), count(rating), count(*) filter (where rating >= 4)
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
		return IndexResult.of(s, List.of(IndexComponent.missing("transparency", 18, "transparency"),
				IndexComponent.of("progress", 20, c.resolved().early() + c.resolved().onTime() + c.pending().withinTime(),
						c.received().total(), this.targets.progress()),
				IndexComponent.of("online", 12, c.received().online(), c.received().online() + c.received().direct(),
						this.targets.online()),
				IndexComponent.of("digitisation", 22, facts[1], facts[0], this.targets.digitisation()),
				IndexComponent.missing("payment", 10, "payment"),
				facts[2] == 0 ? IndexComponent.missing("satisfaction", 18, "ratings")
						: IndexComponent.of("satisfaction", 18, facts[3], facts[2], this.targets.satisfaction())));
	}

}
