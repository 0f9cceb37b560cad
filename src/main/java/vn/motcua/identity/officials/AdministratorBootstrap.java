package vn.motcua.identity.officials;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real deployment starts with one system-wide administrator, {@code admin}: password from
 * {@code MOTCUA_ADMIN_PASSWORD} or, when unset, generated and logged once. It must be changed at
 * first login. Nothing happens while any administrator exists.
 */
@Component
@Profile("!demo")
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	static final String USERNAME = "admin";

	private final OfficialRepository officials;

	private final OfficialAdministration administration;

	private final String password;

	AdministratorBootstrap(OfficialRepository officials, OfficialAdministration administration,
			@Value("${motcua.admin.password:}") String password) {
		this.officials = officials;
		this.administration = administration;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensureAdministrator();
	}

	/** @return whether an administrator was created. */
	@Transactional
	boolean ensureAdministrator() {
		if (this.officials.countAdministrators() > 0) {
			return false;
		}
		var draft = new OfficialDraft(USERNAME, "Quản trị hệ thống", null, null, null, null, EnumSet.of(Role.ADMIN),
				true);
		Registered registered = this.administration.register(draft, this.password, Actor.system());
		if (registered.temporaryPassword() != null) {
			log.warn("""

					==> First administrator created: username '{}', password '{}'
					==> It is shown only this once and must be changed at first login.""", USERNAME,
					registered.temporaryPassword());
		}
		else {
			log.info("First administrator '{}' created with the password from MOTCUA_ADMIN_PASSWORD", USERNAME);
		}
		return true;
	}

}
