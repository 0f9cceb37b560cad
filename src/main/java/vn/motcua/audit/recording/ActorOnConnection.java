package vn.motcua.audit.recording;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the database who works on each connection handed out, so that the audit triggers write
 * who and from where: {@code motcua.actor} (the login of the signed-in official or citizen, else
 * {@code system}) and {@code motcua.address} (the signed-in user's address, as the proxy gave it).
 * A statement is sent only when the pooled connection last served someone else.
 */
final class ActorOnConnection extends DelegatingDataSource {

	private static final String SYSTEM = "system";

	private final Map<Connection, String> lastSet = Collections.synchronizedMap(new WeakHashMap<>());

	ActorOnConnection(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return tell(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return tell(super.getConnection(username, password));
	}

	private Connection tell(Connection connection) throws SQLException {
		String actor = actor();
		// an anonymous reader changes no audited table: his address would only cost a statement per page
		String address = actor.equals(SYSTEM) ? "" : Objects.requireNonNullElse(address(), "");
		String who = actor + '\u0000' + address;
		Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
		if (!who.equals(this.lastSet.get(physical))) {
			try (PreparedStatement statement = connection
				.prepareStatement("select set_config('motcua.actor', ?, false), set_config('motcua.address', ?, false)")) {
				statement.setString(1, actor);
				statement.setString(2, address);
				statement.execute();
			}
			catch (SQLException ex) {
				connection.close();
				throw ex;
			}
			this.lastSet.put(physical, who);
		}
		return connection;
	}

	/** @return the login of who is signed in on this thread, or {@code system}. */
	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	/** @return the address of the client this thread serves, if it serves one. */
	static @Nullable String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
