package vn.motcua.portal.feedback;

import vn.motcua.portal.domain.RegisterNumber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out the register's numbers, one sequence a year ({@code portal_feedback_sequence}), without gaps. */
@Component
class RegisterNumbers {

	private final JdbcClient jdbc;

	RegisterNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the next number of {@code year}, e.g. {@code PAKN-2026-00001}; within the caller's transaction. */
	String next(int year) {
		int number = this.jdbc.sql("""
				insert into portal_feedback_sequence (year, last_value) values (:year, 1)
				on conflict (year) do update set last_value = portal_feedback_sequence.last_value + 1
				returning last_value""")
			.param("year", year)
			.query(Integer.class)
			.single();
		return RegisterNumber.of(year, number);
	}

}
