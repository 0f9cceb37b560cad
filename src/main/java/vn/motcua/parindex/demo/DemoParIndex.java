package vn.motcua.parindex.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.parindex.assessment.Scores;
import vn.motcua.parindex.results.Results;
import vn.motcua.parindex.sets.ParSets;
import vn.motcua.parindex.sets.SetRequest;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Vietnam;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: three cycles of the sample commune set ({@code seed/par-sample-commune-set.json},
 * labelled as a sample): 2024, the district scoring its communes, published in March 2025; 2025,
 * the province scoring the four new communes over their first half-year, published in April 2026;
 * and 2026, in self-assessment now — Vô Tranh has submitted, the others are drafting.
 */
@Component
@Profile("demo")
@Order(60)
class DemoParIndex implements ApplicationRunner {

	/** The district's communes and towns in force on 31/12/2024. */
	static final List<String> DISTRICT_ERA = List.of("05608", "05611", "05614", "05617", "05620", "05623", "05626",
			"05629", "05632", "05635", "05638", "05641", "05644", "05647", "05650");

	static final List<String> COMMUNES = List.of("05611", "05641", "05620", "05632");

	private final ParSets sets;

	private final Scores scores;

	private final Results results;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DemoParIndex(ParSets sets, Scores scores, Results results, JdbcClient jdbc, JsonMapper json) {
		this.sets = sets;
		this.scores = scores;
		this.results = results;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from par_set").query(Long.class).single() > 0) {
			return;
		}
		Sample sample = sample();
		UUID y2024 = create(sample, 2024, "168", DISTRICT_ERA, null, LocalDate.of(2024, 12, 25));
		new DemoScores(this.scores, new Random(2024)).fill(this.sets.require(y2024), true);
		publish(y2024, "28/QĐ-UBND", LocalDate.of(2025, 3, 14));
		UUID y2025 = create(sample, 2025, "19", COMMUNES, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 15));
		new DemoScores(this.scores, new Random(2025)).fill(this.sets.require(y2025), true);
		publish(y2025, "512/QĐ-UBND", LocalDate.of(2026, 4, 10));
		UUID y2026 = create(sample, 2026, "19", COMMUNES, null, LocalDate.of(2027, 1, 15));
		new DemoScores(this.scores, new Random(2026)).fill(this.sets.require(y2026), false);
	}

	private UUID create(Sample sample, int year, String issuer, List<String> units, @Nullable LocalDate from,
			LocalDate selfDue) {
		String owner = "19".equals(issuer) ? "tỉnh Thái Nguyên" : "huyện Phú Lương";
		return this.sets.create(new SetRequest(year, "Chỉ số cải cách hành chính cấp xã năm %d — bộ tiêu chí MẪU (%s)"
			.formatted(year, owner), issuer, units, sample.bands(), sample.criteria(), from, null, selfDue,
				selfDue.plusMonths(2)), Actor.system());
	}

	private void publish(UUID set, String decision, LocalDate date) {
		this.results.publish(set, decision, date, Actor.system());
		this.jdbc.sql("update par_set set published_at = ? where id = ?")
			.params(date.atTime(LocalTime.of(8, 0)).atZone(Vietnam.ZONE).toOffsetDateTime(), set)
			.update();
	}

	private Sample sample() {
		try (InputStream in = DemoParIndex.class.getResourceAsStream("/seed/par-sample-commune-set.json")) {
			return this.json.readValue(in, Sample.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The seed file: a note saying it is a sample, the bands and the criteria. */
	record Sample(String note, List<vn.motcua.parindex.domain.Band> bands, List<SetRequest.Node> criteria) {
	}

}
