package vn.motcua.dossier.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Dossier;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
/** What a demo dossier leaves besides its history and its scans: the applicant's rating of a returned result (about nine in ten, mostly «very satisfied»). */
@Component
@Profile("demo")
class DemoRecords {

	private static final String[] COMMENTS = { "Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn.",
			"Thủ tục nhanh gọn.", "Hài lòng.", "Nộp trực tuyến tiện, không phải đi lại nhiều." };

	private final JdbcClient jdbc;

	DemoRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void rate(Dossier d, @Nullable Instant handed, Random random, Instant now) {
		if (handed == null || random.nextInt(10) == 0) {
			return;
		}
		Instant at = handed.plus(Duration.ofMinutes(2 + random.nextInt(20)));
		if (at.isAfter(now)) {
			return;
		}
		int roll = random.nextInt(100);
		int score = roll < 72 ? 5 : roll < 93 ? 4 : roll < 98 ? 3 : 2;
		this.jdbc.sql("insert into dossier_rating (dossier_id, score, comment, rated_at, channel) values (?, ?, ?, ?, ?)")
			.params(d.id(), score, score == 5 && random.nextInt(4) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null,
					Timestamp.from(at), random.nextBoolean() ? "LOOKUP" : "ACCOUNT")
			.update();
	}

}
