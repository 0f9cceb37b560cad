package vn.motcua.shared;

import java.util.Arrays;

/**
 * A business rule said no. Carries a stable, machine-readable {@link #code()} that API clients
 * may rely on, and a message key (in the message bundles) with arguments for the human text.
 * The platform maps it to an RFC 9457 problem detail whose HTTP status follows {@link #kind()}.
 */
public class DomainException extends RuntimeException {

	/** How a refusal maps onto HTTP. */
	public enum Kind {

		/** the request is malformed or breaks a rule: 400 */
		INVALID,
		/** the thing does not exist, or is outside the caller's scope: 404 */
		NOT_FOUND,
		/** the caller may not do this: 403 */
		FORBIDDEN,
		/** the current state forbids it (duplicate, stale version, illegal transition): 409 */
		CONFLICT,
		/** the caller asked too often: 429 */
		LIMITED

	}

	private final Kind kind;

	private final String code;

	private final Object[] args;

	/**
	 * @param kind must not be {@literal null}.
	 * @param code stable error code, also the message key {@code error.<code>}; must not be
	 * {@literal null}.
	 * @param args arguments of the message.
	 */
	public DomainException(Kind kind, String code, Object... args) {
		super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
		this.kind = kind;
		this.code = code;
		this.args = args.clone();
	}

	/** @return the HTTP-facing category, never {@literal null}. */
	public Kind kind() {
		return this.kind;
	}

	/** @return the stable error code, never {@literal null}. */
	public String code() {
		return this.code;
	}

	/** @return the message key in the bundles: {@code error.<code>}. */
	public String messageKey() {
		return "error." + this.code;
	}

	/** @return the message arguments, never {@literal null}. */
	public Object[] args() {
		return this.args.clone();
	}

}
