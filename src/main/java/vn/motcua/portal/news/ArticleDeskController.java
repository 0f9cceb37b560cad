package vn.motcua.portal.news;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.portal.domain.ArticleAction;
import vn.motcua.portal.domain.ArticleCategory;
import vn.motcua.portal.domain.MediaKind;
import vn.motcua.portal.media.MediaLibrary;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.PageErrors;
import vn.motcua.shared.Vietnam;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The editorial desk (Tin bài): the articles of the official's units, a form to write or change one
 * while it is a draft, and the workflow's buttons each role may press; refused, the form keeps what
 * was typed.
 */
@Controller
@RequestMapping("/quan-tri/tin-bai")
class ArticleDeskController {

	private final Articles articles;

	private final ArticleStore store;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	private final MediaLibrary media;

	ArticleDeskController(Articles articles, ArticleStore store, OrganizationManagement organization, MessageSource messages,
			MediaLibrary media) {
		this.media = media;
		this.articles = articles;
		this.store = store;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("articles", this.store.inScope(this.organization.scopeOf(actor)));
		return "portal/articles";
	}

	@GetMapping({ "/moi", "/{id}" })
	String form(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		if (id != null) {
			model.addAttribute("a", this.articles.article(id, actor));
		}
		model.addAttribute("categories", ArticleCategory.values());
		model.addAttribute("pictures", this.media.list(MediaKind.IMAGE, actor));
		model.addAttribute("actions", Arrays.stream(ArticleAction.values()).filter(x -> x.allowedTo(actor)).toList());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "portal/article-form";
	}

	@PostMapping({ "", "/{id}" })
	String save(@PathVariable(required = false) @Nullable UUID id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		Article.Request r = new Article.Request(form.get("title"), form.get("summary"), form.get("body"), form.get("category"),
				form.get("coverUrl"), form.get("coverCaption"), form.get("coverCredit"), form.get("author"), form.get("coverMedia"));
		try {
			Article a = id == null ? this.articles.create(r, actor) : this.articles.edit(id, r, actor);
			redirect.addFlashAttribute("done", this.messages.getMessage("desk.saved", null, LocaleContextHolder.getLocale()));
			return "redirect:/quan-tri/tin-bai/" + a.id();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
			redirect.addFlashAttribute("typed", form);
			return "redirect:/quan-tri/tin-bai/" + (id == null ? "moi" : id);
		}
	}

	@PostMapping("/{id}/buoc")
	String move(@PathVariable UUID id, @RequestParam ArticleAction action, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String at, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		try {
			var when = at == null || at.isBlank() ? null : parse(at).atZone(Vietnam.ZONE).toOffsetDateTime();
			this.articles.move(id, action, note, when, actor);
			redirect.addFlashAttribute("done", this.messages.getMessage("desk.moved." + action, null,
					LocaleContextHolder.getLocale()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
		}
		return "redirect:/quan-tri/tin-bai/" + id;
	}

	private static LocalDateTime parse(String at) {
		try {
			return LocalDateTime.parse(at);
		}
		catch (DateTimeParseException ex) {
			throw new FieldInvalid("at", "validation.article-at");
		}
	}

}
