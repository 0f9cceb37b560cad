package vn.motcua.shared;


import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** A refusal in words on a page; for one naming a field, a leaf or a row, {@code 1.3: …}. */
public final class PageErrors {

	private PageErrors() {
	}

	public static String describe(DomainException ex, MessageSource messages) {
		return ex instanceof FieldInvalid field ? field.field() + ": " + message(ex, messages) : message(ex, messages);
	}

	/** @return the refusal's words alone, for a form that marks the field itself. */
	public static String message(DomainException ex, MessageSource messages) {
		if (ex instanceof FieldInvalid field) {
			return messages.getMessage(field.fieldMessageKey(), field.fieldArgs(), field.fieldMessageKey(),
					LocaleContextHolder.getLocale());
		}
		return messages.getMessage(ex.messageKey(), ex.args(), ex.code(), LocaleContextHolder.getLocale());
	}

}
