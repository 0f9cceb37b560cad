package vn.motcua.portal.polls;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PageErrors;

/**
 * The polls' desk (Bình chọn): the unit's polls, a form to create one, and a poll's page to change,
 * close or delete it and see its results; refused, a form keeps what was typed.
 */
@Controller
@RequestMapping("/quan-tri/binh-chon")
class PollDeskController {

	private static final String LIST = "redirect:/quan-tri/binh-chon";

	private final PollDesk desk;

	private final PollChanges changes;

	private final MessageSource messages;

	PollDeskController(PollDesk desk, PollChanges changes, MessageSource messages) {
		this.desk = desk;
		this.changes = changes;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("polls", this.desk.list(actor));
		return "portal/polls";
	}

	@GetMapping("/{id}")
	String poll(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("summary", this.desk.summary(id, actor)).addAttribute("poll", this.desk.poll(id, actor));
		return "portal/poll-form";
	}

	@PostMapping({ "", "/{id}" })
	String save(@PathVariable(required = false) @Nullable UUID id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		PollRequest r = PollRequest.typed(form.get("question"), form.get("options"), form.get("opens"), form.get("closes"));
		return change(redirect, "poll.desk.saved",
				() -> LIST + "/" + (id == null ? this.changes.create(r, actor) : this.changes.edit(id, r, actor)).id(),
				id == null ? LIST : LIST + "/" + id, form);
	}

	/** {@code now}: close now; otherwise move the closing to {@code closes}. */
	@PostMapping("/{id}/ket-thuc")
	String close(@PathVariable UUID id, @RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		boolean now = form.containsKey("now");
		return change(redirect, now ? "poll.desk.closedNow" : "poll.desk.closingMoved", () -> {
			this.changes.close(id, now ? null : form.getOrDefault("closes", ""), actor);
			return LIST + "/" + id;
		}, LIST + "/" + id, Map.of());
	}

	@PostMapping("/{id}/xoa")
	String delete(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return change(redirect, "poll.desk.deleted", () -> {
			this.changes.delete(id, actor);
			return LIST;
		}, LIST + "/" + id, Map.of());
	}

	/** Done, its message and the way on; refused, the refusal in words and what was typed, back. */
	private String change(RedirectAttributes redirect, String done, Supplier<String> change, String back, Map<String, String> typed) {
		try {
			String next = change.get();
			redirect.addFlashAttribute("done", this.messages.getMessage(done, null, LocaleContextHolder.getLocale()));
			return next;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
			redirect.addFlashAttribute("typed", typed);
			return back;
		}
	}

}
