package vn.motcua.platform.errors;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every error of an {@code /api/} request to a problem detail with a stable {@code code};
 * on pages it hands the status to the container's error page instead.
 */
@RestControllerAdvice
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

	private static final Map<Integer, String> CODES = Map.of(400, "bad-request", 404, "not-found", 405,
			"method-not-allowed", 406, "not-acceptable", 415, "unsupported-media-type", 413, "payload-too-large");

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

	private final ProblemWriter problems;

	private final MessageSource messages;

	ApiExceptionAdvice(ProblemWriter problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Object> domain(DomainException ex, WebRequest request) throws IOException {
		return respond(ProblemWriter.statusOf(ex.kind()), ex.code(), request, ex.args());
	}

	@ExceptionHandler(FieldInvalid.class)
	ResponseEntity<Object> field(FieldInvalid ex, WebRequest request) throws IOException {
		ResponseEntity<Object> response = respond(HttpStatus.BAD_REQUEST, ex.code(), request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", this.messages
				.getMessage(ex.fieldMessageKey(), ex.fieldArgs(), ex.fieldMessageKey(), LocaleContextHolder.getLocale()))));
		}
		return response;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> denied(AccessDeniedException ex, WebRequest request) throws IOException {
		return respond(HttpStatus.FORBIDDEN, "forbidden", request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> stale(OptimisticLockingFailureException ex, WebRequest request) throws IOException {
		return respond(HttpStatus.CONFLICT, "stale-version", request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws IOException {
		if (DatabaseAway.isCauseOf(ex)) { // restarting, failing over: 503, as when a filter meets it
			ServletWebRequest web = (ServletWebRequest) request;
			DatabaseAway.answer(this.problems, web.getRequest(), web.getResponse(), ex);
			return null;
		}
		log.error("Unexpected error on {}", request.getDescription(false), ex);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", request);
	}

	/** A file upload sent as JSON or with a broken multipart body (found by the API fuzz test). */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> notMultipart(MultipartException ex, WebRequest request) throws IOException {
		return respond(HttpStatus.BAD_REQUEST, "multipart-required", request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> mismatch(MethodArgumentTypeMismatchException ex, WebRequest request) throws IOException {
		return respond(HttpStatus.BAD_REQUEST, "bad-parameter", request, ex.getName());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "validation-failed", locale);
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", this.messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		try {
			return respond(status, CODES.getOrDefault(status.value(), "error"), request);
		}
		catch (IOException io) {
			throw new IllegalStateException(io);
		}
	}

	private ResponseEntity<Object> respond(HttpStatus status, String code, WebRequest request, Object... args)
			throws IOException {
		HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
		if (!servletRequest.getServletPath().startsWith("/api/")) {
			if (status.is4xxClientError()) {
				servletRequest.setAttribute(PageErrorAttributes.DETAIL,
						this.problems.problem(status, code, LocaleContextHolder.getLocale(), args).getDetail());
			}
			HttpServletResponse response = ((ServletWebRequest) request).getResponse();
			if (response != null) {
				response.sendError(status.value()); // the page error view, not JSON
			}
			return null;
		}
		return ResponseEntity.status(status).body(this.problems.problem(status, code, LocaleContextHolder.getLocale(), args));
	}

}
