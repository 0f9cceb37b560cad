package vn.motcua.shared;

/**
 * Input that breaks a rule at one named place (a field, a row, a node of a tree): answered like a
 * failed bean validation, {@code validation-failed} with {@code errors: [{"field", "message"}]}.
 */
public class FieldInvalid extends DomainException {

	private final String field;

	private final String fieldMessageKey;

	private final Object[] fieldArgs;

	/** @param messageKey the message of the field's error, with {@code args}. */
	public FieldInvalid(String field, String messageKey, Object... args) {
		super(Kind.INVALID, "validation-failed");
		this.field = field;
		this.fieldMessageKey = messageKey;
		this.fieldArgs = args.clone();
	}

	public String field() {
		return this.field;
	}

	public String fieldMessageKey() {
		return this.fieldMessageKey;
	}

	public Object[] fieldArgs() {
		return this.fieldArgs.clone();
	}

}
