package vn.motcua.shared;

import java.util.function.BiFunction;

/**
 * Arguments of a {@link DomainException} as a reader sees them: an enum argument (an action, a
 * status) reads as its label, found under the key {@code <EnumType>.<NAME>}.
 */
public final class MessageArguments {

	private MessageArguments() {
	}

	/**
	 * @param label looks a key up, returning the given default when it is missing.
	 * @return the arguments with enums replaced by their labels.
	 */
	public static Object[] readable(Object[] args, BiFunction<String, String, String> label) {
		Object[] result = args.clone();
		for (int i = 0; i < result.length; i++) {
			if (result[i] instanceof Enum<?> value) {
				result[i] = label.apply(value.getDeclaringClass().getSimpleName() + "." + value.name(), value.name());
			}
		}
		return result;
	}

}
