package vn.motcua.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.monitoring.DossierStatistics.Selection;

/**
 * The Decision 766 service index (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ
 * người dân, doanh nghiệp) of a unit for a period, from live data: for each component the data
 * supports, its ratio, target and points (full points at or above the target, else ratio × points
 * ÷ target); for the others, what data is missing. Targets are settings
 * ({@code motcua.service-index.target.*}), the province's to choose.
 */
@Service
@Transactional(readOnly = true)
public class ServiceIndex {

	/** One component of the index. */
	public record Component(String key, int maxPoints, @Nullable Double ratio, @Nullable Double target,
			@Nullable Double points, long numerator, long denominator, @Nullable String missing) {
	}

	/**
	 * @param points the sum over the components computed.
	 * @param maxPoints the most those components could give.
	 */
	public record Result(String unitCode, String unitName, LocalDate from, LocalDate to, List<Component> components,
			double points, int maxPoints) {
	}

	private final DossierStatistics statistics;

	private final JdbcClient jdbc;

	private final double progressTarget;

	private final double onlineTarget;

	private final double digitisationTarget;

	private final double satisfactionTarget;

	ServiceIndex(DossierStatistics statistics, JdbcClient jdbc,
			@Value("${motcua.service-index.target.progress:1.0}") double progressTarget,
			@Value("${motcua.service-index.target.online:0.5}") double onlineTarget,
			@Value("${motcua.service-index.target.digitisation:1.0}") double digitisationTarget,
			@Value("${motcua.service-index.target.satisfaction:0.9}") double satisfactionTarget) {
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.progressTarget = progressTarget;
		this.onlineTarget = onlineTarget;
		this.digitisationTarget = digitisationTarget;
		this.satisfactionTarget = satisfactionTarget;
	}

	public Result compute(Selection s) {
		DossierCounts c = this.statistics.counts(s);
		long[] facts = this.jdbc.sql("""
				select count(*), count(*) filter (where digitised), count(rating), count(*) filter (where rating >= 4)
				  from dossier_fact
				 where unit_id in (:units) and received_at >= :start and received_at < :end""")
			.param("units", s.unitIds())
			.param("start", s.start())
			.param("end", s.end())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		List<Component> components = new ArrayList<>();
		components.add(missing("transparency", 18, "transparency"));
		components.add(component("progress", 20, c.resolved().early() + c.resolved().onTime() + c.pending().withinTime(),
				c.received().total(), this.progressTarget));
		components.add(component("online", 12, c.received().online(), c.received().online() + c.received().direct(),
				this.onlineTarget));
		components.add(component("digitisation", 22, facts[1], facts[0], this.digitisationTarget));
		components.add(missing("payment", 10, "payment"));
		components.add(facts[2] == 0 ? missing("satisfaction", 18, "ratings")
				: component("satisfaction", 18, facts[3], facts[2], this.satisfactionTarget));
		double points = 0;
		int max = 0;
		for (Component k : components) {
			if (k.points() != null) {
				points += k.points();
				max += k.maxPoints();
			}
		}
		return new Result(s.unit().code(), s.unit().name(), s.from(), s.to(), components, round(points), max);
	}

	private static Component component(String key, int maxPoints, long numerator, long denominator, double target) {
		if (denominator == 0) {
			return missing(key, maxPoints, "no-dossiers");
		}
		double ratio = (double) numerator / denominator;
		double points = ratio >= target ? maxPoints : ratio * maxPoints / target;
		return new Component(key, maxPoints, round(ratio * 100), round(target * 100), round(points), numerator,
				denominator, null);
	}

	private static Component missing(String key, int maxPoints, String why) {
		return new Component(key, maxPoints, null, null, null, 0, 0, why);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
