package vn.motcua.identity.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.identity.officials.OfficialAdministration;
import vn.motcua.identity.officials.OfficialDraft;
import vn.motcua.shared.Csv;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: the officials of {@code seed/phu-luong-officials.csv}, all with the password
 * {@code motcua.demo.password}: each role of the Phú Lương district (ended 30/06/2025, its accounts
 * now read its records only), of the four communes in force since 01/07/2025 (desk, specialist,
 * head, chairman) and of the province (PAR committee, leader, portal editors). Accounts that exist
 * are left alone.
 */
@Component
@Profile("demo")
@Order(20)
class DemoOfficials implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOfficials.class);

	private static final String SEED = "/seed/phu-luong-officials.csv";

	/** The accounts of {@code seed/phu-luong-officials.csv}: the district era's and today's. */
	static final List<OfficialDraft> ACCOUNTS = Csv.read(DemoOfficials.class.getResourceAsStream(SEED))
		.stream()
		.map(DemoOfficials::demo)
		.toList();

	private final OfficialAdministration administration;

	private final String password;

	DemoOfficials(OfficialAdministration administration, @Value("${motcua.demo.password}") String password) {
		this.administration = administration;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ACCOUNTS.forEach(account -> this.administration.registerReady(account, this.password));
		log.info("""

				==> Demo accounts (password '{}', the property motcua.demo.password):
				==> {}""", this.password, ACCOUNTS.stream()
			.map(a -> a.username() + " (" + a.roles().iterator().next() + ")")
			.collect(Collectors.joining(", ")));
	}

	private static OfficialDraft demo(Map<String, String> row) {
		String username = row.get("username");
		String domain = username.endsWith(".thainguyen") || username.endsWith(".dichvucong") ? "thainguyen" : "phuluong";
		return new OfficialDraft(username, row.get("full_name"), username.replace('.', '-') + "@" + domain + ".example.vn",
				null, row.get("position"), row.get("agency_code"), EnumSet.of(Role.valueOf(row.get("role"))), true);
	}

}
