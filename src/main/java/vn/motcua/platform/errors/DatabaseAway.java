package vn.motcua.platform.errors;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away (restarting, failing over), a request that fails for that reason in a
 * filter (the session, the login) or a controller answers 503 with {@code Retry-After}, code
 * {@code database-unavailable}, not 500: the client may look and try again (a commit cut off may
 * or may not have been made). Found by the crash-safety test, which restarts PostgreSQL under load.
 */
public final class DatabaseAway extends OncePerRequestFilter {

	private static final String CODE = "database-unavailable";

	private static final String RETRY_AFTER = "5";

	/** SQL states of a connection lost: class 08, and 57P01–57P03 (the server shutting down, starting). */
	private static final Pattern CONNECTION_LOST = Pattern.compile("08...|57P0[1-3]");

	private static final Logger log = LoggerFactory.getLogger(DatabaseAway.class);

	private final ProblemWriter problems;

	DatabaseAway(ProblemWriter problems) {
		this.problems = problems;
	}

	/** @return whether {@code failure} comes from a database that cannot be reached. */
	public static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLException sql
							&& sql.getSQLState() != null && CONNECTION_LOST.matcher(sql.getSQLState()).matches()) {
				return true;
			}
			if (cause instanceof TransactionSystemException) { // JdbcTransactionManager: a rollback or commit the connection lost
				return true;
			}
		}
		return false;
	}

	/** Answers 503 {@code database-unavailable}, to be tried again in 5 seconds, for {@code failure}. */
	public static void answer(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response,
			Throwable failure) throws IOException {
		log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		problems.writeApiOrPage(request, response, HttpStatus.SERVICE_UNAVAILABLE, CODE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!isCauseOf(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			answer(this.problems, request, response, ex);
		}
	}

}
