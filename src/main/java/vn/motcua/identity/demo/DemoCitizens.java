package vn.motcua.identity.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.identity.citizens.CitizenRegistration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile: verified citizen accounts with the demo password, to file online without waiting
 * for a code (which the demo writes to the console, having no SMTP server or SMS gateway):
 * {@code congdan@example.vn}, and {@code dinhdanh@example.vn}, whose name, personal identification
 * number, birth date and address stand as if an identity provider had vouched for them (marked
 * «demo»), so that the desk finds her data store when she files at the counter.
 */
@Component
@Profile("demo")
@Order(21)
class DemoCitizens implements ApplicationRunner {

	static final String CONTACT = "congdan@example.vn";

	static final String VOUCHED = "dinhdanh@example.vn";

	static final String VOUCHED_NAME = "Lê Thị Hoa";

	/** Thái Nguyên (019), a woman born in the 20th century (1), in 1986. */
	static final String VOUCHED_ID_NUMBER = "019186004321";

	private static final Logger log = LoggerFactory.getLogger(DemoCitizens.class);

	private final CitizenRegistration accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String password;

	DemoCitizens(CitizenRegistration accounts, JdbcClient jdbc, Clock clock,
			@Value("${motcua.demo.password}") String password) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.registerVerified(CONTACT, "Nguyễn Văn Dân", this.password);
		this.accounts.registerVerified(VOUCHED, VOUCHED_NAME, this.password);
		this.jdbc.sql("""
				update identity_citizen set vouched_name = ?, id_number = ?, birth_date = ?, address = ?,
				  vouched_by = 'demo', vouched_at = ? where contact = ? and vouched_by is null""")
			.params(VOUCHED_NAME, VOUCHED_ID_NUMBER, LocalDate.of(1986, 3, 14),
					"Xóm Đồng Kem, xã Phú Lương, tỉnh Thái Nguyên", Timestamp.from(this.clock.instant()), VOUCHED)
			.update();
		log.info("==> Demo citizen accounts: {} and {} (identity vouched, ID number {}; same password), at /cong-dan/dang-nhap",
				CONTACT, VOUCHED, VOUCHED_ID_NUMBER);
	}

}
