package vn.motcua.platform.errors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, a query string or form whose percent-encoded bytes are not
 * valid UTF-8 or that carries a NUL or another control character (PostgreSQL refuses a NUL in text:
 * it used to surface as 500): 400 with the code {@code request-invalid-characters}, as a problem
 * detail on the API and a short Vietnamese page elsewhere. Tab, line feed and carriage return stay allowed
 * (a text area's lines).
 */
class HostileInput extends OncePerRequestFilter {

	static final String CODE = "request-invalid-characters";

	private final ProblemWriter problems;

	HostileInput(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (valid(request.getQueryString()) && (!form(request) || valid(request.getParameterMap()))) {
			chain.doFilter(request, response);
			return;
		}
		this.problems.writeApiOrPage(request, response, HttpStatus.BAD_REQUEST, CODE);
	}

	private static boolean form(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.startsWith("application/x-www-form-urlencoded");
	}

	/** @return whether the raw query string decodes to clean UTF-8 text. */
	static boolean valid(@Nullable String query) {
		if (query == null) {
			return true;
		}
		byte[] bytes = new byte[query.length()];
		int n = 0;
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%' && i + 2 < query.length() && hex(query.charAt(i + 1)) >= 0 && hex(query.charAt(i + 2)) >= 0) {
				bytes[n++] = (byte) (hex(query.charAt(i + 1)) * 16 + hex(query.charAt(i + 2)));
				i += 2;
			}
			else {
				bytes[n++] = (byte) c;
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, n))
				.toString();
			return clean(text);
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean valid(Map<String, String[]> parameters) {
		return parameters.entrySet().stream().allMatch(e -> clean(e.getKey()) && Arrays.stream(e.getValue()).allMatch(HostileInput::clean));
	}

	/** @return whether the text has no control character but tab and line ends, and no replacement character. */
	static boolean clean(String text) {
		return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c == 0xFFFD);
	}

	private static int hex(char c) {
		return Character.digit(c, 16);
	}

}
