package vn.motcua.planning.tasks;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PageErrors;

/**
 * A step on a task's page: done, back to the page saying what was done; refused, back saying why,
 * with what was typed.
 */
@Component
class PageSteps {

	private final MessageSource messages;

	PageSteps(MessageSource messages) {
		this.messages = messages;
	}

	String step(UUID id, RedirectAttributes redirect, String done, Map<String, String> typed, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("done", this.messages.getMessage(done, null, LocaleContextHolder.getLocale()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
			redirect.addFlashAttribute("typed", typed);
		}
		return "redirect:/quan-tri/nhiem-vu/" + id;
	}

}
