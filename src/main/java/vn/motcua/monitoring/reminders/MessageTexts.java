package vn.motcua.monitoring.reminders;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.shared.Vietnam;

/** The reminders' wording from the message bundles. */
@Component
class MessageTexts implements Texts {

	private final MessageSource messages;

	MessageTexts(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Vietnam.LOCALE);
	}

}
