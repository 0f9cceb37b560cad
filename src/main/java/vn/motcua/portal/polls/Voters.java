package vn.motcua.portal.polls;

import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * Who votes: a signed-in account by its login, anyone else by the browser's own random cookie
 * ({@code motcua_voter}, a year, given at the first vote).
 */
public final class Voters {

	static final String COOKIE = "motcua_voter";

	private Voters() {
	}

	/** @return the voter, if the request already has one. */
	public static @Nullable String of(HttpServletRequest request) {
		Principal user = request.getUserPrincipal();
		if (user != null) {
			return "account:" + user.getName();
		}
		return request.getCookies() == null ? null : Arrays.stream(request.getCookies())
			.filter(c -> c.getName().equals(COOKIE) && c.getValue().matches("[0-9a-f-]{36}"))
			.map(c -> "browser:" + c.getValue())
			.findFirst()
			.orElse(null);
	}

	/** @return the voter, giving the browser its cookie when it has none. */
	public static String ofOrNew(HttpServletRequest request, HttpServletResponse response) {
		String voter = of(request);
		if (voter != null) {
			return voter;
		}
		String token = UUID.randomUUID().toString();
		response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token).httpOnly(true).sameSite("Lax").path("/")
			.maxAge(Duration.ofDays(365)).build().toString());
		return "browser:" + token;
	}


}
