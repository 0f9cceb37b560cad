package vn.motcua.platform.layout;

import java.util.Set;

/** The signed-in official, as far as a page layout needs to know (menus by role). */
public record Viewer(String username, String name, Set<String> authorities) {

	/** @return whether the viewer holds {@code role} (without the {@code ROLE_} prefix). */
	public boolean has(String role) {
		return this.authorities.contains("ROLE_" + role);
	}

}
