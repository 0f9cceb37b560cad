package vn.motcua.platform.errors;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;
import vn.motcua.shared.Vietnam;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds the RFC 9457 problem details of the API: a localised title and detail, and the stable
 * {@code code} property that clients switch on. Also writes them from servlet filters, where no
 * controller advice runs (security rejections).
 */
@Component
public class ProblemWriter {

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver locales;

	ProblemWriter(MessageSource messages, JsonMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	/** @return the status that answers a domain exception of {@code kind}. */
	static HttpStatus statusOf(DomainException.Kind kind) {
		return switch (kind) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
		};
	}

	/** @return the problem detail of {@code code}, with its message in {@code locale}. */
	public ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... args) {
		String detail = this.messages.getMessage("error." + code,
				MessageArguments.readable(args, (key, fallback) -> this.messages.getMessage(key, null, fallback, locale)), code,
				locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(this.messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(),
				locale));
		problem.setProperty("code", code);
		return problem;
	}

	/** Writes the problem detail of {@code code} as the response (from filters, where no advice runs). */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		ProblemDetail problem = problem(status, code, this.locales.resolveLocale(request));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		body.put("code", code);
		response.setStatus(status.value());
		if (status == HttpStatus.UNAUTHORIZED) {
			// a browser (it says Sec-Fetch-Mode) is not invited to ask for and keep a password
			response.setHeader("WWW-Authenticate", request.getHeader("Sec-Fetch-Mode") == null
					? "Basic realm=\"MotCua\", charset=\"UTF-8\"" : "Bearer realm=\"MotCua\"");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getWriter(), body);
	}

	/**
	 * Writes the problem of {@code code} from a filter: a problem detail on the API, a short
	 * Vietnamese page elsewhere (the error page would go through what just failed once more).
	 */
	void writeApiOrPage(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			write(request, response, status, code);
			return;
		}
		ProblemDetail problem = problem(status, code, Vietnam.LOCALE);
		response.setStatus(status.value());
		response.setContentType("text/html;charset=UTF-8");
		String title = HtmlUtils.htmlEscape(String.valueOf(problem.getTitle()));
		response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + title
				+ "</title></head><body><main><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(String.valueOf(problem.getDetail()))
				+ "</p><p><a href=\"/\">Trang chủ</a></p></main></body></html>");
	}

}
