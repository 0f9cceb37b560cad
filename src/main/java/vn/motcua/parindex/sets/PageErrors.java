package vn.motcua.parindex.sets;

import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** A refusal in words on the PAR pages; for one naming a leaf or a row, {@code 1.3: …}. */
public final class PageErrors {

	private PageErrors() {
	}

	public static String describe(DomainException ex, MessageSource messages) {
		if (ex instanceof FieldInvalid field) {
			return field.field() + ": " + messages.getMessage(field.fieldMessageKey(), field.fieldArgs(),
					field.fieldMessageKey(), LocaleContextHolder.getLocale());
		}
		return messages.getMessage(ex.messageKey(), ex.args(), ex.code(), LocaleContextHolder.getLocale());
	}

}
