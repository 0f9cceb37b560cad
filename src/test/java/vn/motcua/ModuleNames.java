package vn.motcua;

import java.util.List;
import java.util.stream.Stream;

/** The application's modules, for the tests that check each of them. */
final class ModuleNames {

	static final List<String> ALL = List.of("shared", "platform", "calendar", "organization", "identity", "catalogue",
			"dossier", "monitoring", "notification", "portal", "parindex", "planning", "audit", "connect");

	private ModuleNames() {
	}

	static Stream<String> all() {
		return ALL.stream();
	}

	/** @return whether {@code packageName} is {@code root} or one of its sub-packages. */
	static boolean inModule(String packageName, String root) {
		return packageName.equals(root) || packageName.startsWith(root + ".");
	}

}
