package vn.motcua.portal.site;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.PageErrors;
import vn.motcua.shared.Vietnam;

/**
 * The forms of the back office of a unit's own pages ({@link SiteDeskController}); refused, the form
 * keeps what was typed.
 */
@Controller
@RequestMapping("/quan-tri/trang-thong-tin")
class SiteDeskActions {

	private final SiteEditing pages;

	private final SiteDirectory directory;

	private final Announcements announcements;

	private final MessageSource messages;

	SiteDeskActions(SiteEditing pages, SiteDirectory directory, Announcements announcements, MessageSource messages) {
		this.pages = pages;
		this.directory = directory;
		this.announcements = announcements;
		this.messages = messages;
	}

	@PostMapping("/trang")
	String page(@RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return done(form, redirect, () -> this.pages.savePage(form.get("slug"), form.get("title"), form.get("body"),
				number(form.get("ordinal")), actor));
	}

	@PostMapping("/lanh-dao")
	String leader(@RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return done(form, redirect, () -> this.directory.addLeader(form.get("name"), form.get("position"), form.get("duties"),
				id(form.get("image")), number(form.get("ordinal")), actor));
	}

	@PostMapping("/lien-ket")
	String link(@RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return done(form, redirect, () -> this.directory.addLink(form.get("title"), form.get("url"), id(form.get("image")),
				number(form.get("ordinal")), actor));
	}

	@PostMapping("/thong-bao")
	String announce(@RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return done(form, redirect, () -> this.announcements.announce(form.get("text"), form.get("url"),
				at("startsAt", form.get("startsAt")), at("endsAt", form.get("endsAt")), actor));
	}

	@PostMapping("/{what:page|leader|link|announcement}/{id}/xoa")
	String remove(@PathVariable String what, @PathVariable UUID id, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		return done(Map.of(), redirect, () -> this.pages.remove(what, id, actor));
	}

	private String done(Map<String, String> form, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("done", this.messages.getMessage("desk.saved", null, LocaleContextHolder.getLocale()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
			redirect.addFlashAttribute("typed", form);
		}
		return "redirect:/quan-tri/trang-thong-tin";
	}

	private static int number(@Nullable String text) {
		return text == null || !text.strip().matches("-?\\d{1,6}") ? 0 : Integer.parseInt(text.strip());
	}

	private static @Nullable UUID id(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new FieldInvalid("image", "validation.article-cover-media");
		}
	}

	private static java.time.@Nullable Instant at(String field, @Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDateTime.parse(text).atZone(Vietnam.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new FieldInvalid(field, "validation.article-at");
		}
	}

}
