package vn.motcua.portal.site;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.Role;

import static vn.motcua.shared.Texts.blankToNull;

/** Who writes a unit's portal pages — its portal editors and administrators — and the checks of what they type. */
final class Editors {

	private Editors() {
	}

	/** @throws FieldInvalid {@code field} when blank or longer than {@code max}. */
	static String required(String field, @Nullable String value, int max) {
		String text = blankToNull(value);
		if (text == null) {
			throw new FieldInvalid(field, "validation.required");
		}
		if (text.length() > max) {
			throw new FieldInvalid(field, "validation.too-long");
		}
		return text.strip();
	}

	/**
	 * @return the address, when one a page may link to: {@code https://…}, {@code http://…} or a path of
	 * the portal ({@code /…}, not {@code //…}).
	 * @throws FieldInvalid {@code field}, {@code validation.link-url}.
	 */
	static @Nullable String link(String field, @Nullable String url, boolean required) {
		String address = required ? required(field, url, 500) : blankToNull(url);
		if (address != null && (address.length() > 500 || !address.strip().matches("(https?://[^\\s/][^\\s]*|/(?!/)[^\\s]*)"))) {
			throw new FieldInvalid(field, "validation.link-url");
		}
		return address == null ? null : address.strip();
	}

	/** @throws DomainException {@code forbidden} unless a portal editor or administrator of a unit. */
	static UUID unitOf(Actor actor) {
		if (actor.unitId() == null || !(actor.hasRole(Role.PORTAL_EDITOR) || actor.hasRole(Role.ADMIN))) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		return actor.unitId();
	}

}
