package vn.motcua.identity.officials;

import java.security.SecureRandom;

import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

/** What administering accounts takes: the administrator's role, and temporary passwords to hand over. */
final class Administrators {

	private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Administrators() {
	}

	/** @throws DomainException {@code forbidden} unless the actor holds {@link Role#ADMIN}. */
	static void require(Actor actor) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
	}

	/** @return twelve letters and digits that are hard to confuse, then a digit. */
	static String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.append(RANDOM.nextInt(10)).toString();
	}

}
