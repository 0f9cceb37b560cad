package vn.motcua.connect.standin;

import java.net.URI;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The national platforms are reached over HTTPS; plain HTTP only to this machine (a stand-in, a tunnel). */
public final class Secured {

	private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private Secured() {
	}

	/** @throws IllegalArgumentException when {@code url} is neither HTTPS nor plain HTTP to this machine. */
	public static void requireHttps(String setting, @Nullable URI url) {
		if (url == null || "https".equalsIgnoreCase(url.getScheme())
				|| ("http".equalsIgnoreCase(url.getScheme()) && url.getHost() != null && LOCAL.contains(url.getHost()))) {
			return;
		}
		throw new IllegalArgumentException(setting + " must be an https:// address (http:// only to this machine): " + url);
	}

}
