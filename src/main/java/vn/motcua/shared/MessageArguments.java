package vn.motcua.shared;

import java.util.Locale;
import java.util.function.BiFunction;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

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

	/** @return the refusal in words, in the request's language, as pages show it. */
	public static String text(MessageSource messages, DomainException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(ex.messageKey(),
				readable(ex.args(), (key, fallback) -> messages.getMessage(key, null, fallback, locale)), ex.code(), locale);
	}

}
