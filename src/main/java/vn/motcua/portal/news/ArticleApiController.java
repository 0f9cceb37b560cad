package vn.motcua.portal.news;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.portal.domain.ArticleAction;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;

/** Articles over HTTP for the portal's writers and editors: write, change while a draft, move through the workflow. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApiController {

	private final Articles articles;

	ArticleApiController(Articles articles) {
		this.articles = articles;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@RequestBody Article.Request request, @AuthenticationPrincipal Actor actor) {
		Article a = this.articles.create(request, actor);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", a.id(), "slug", a.slug(), "status", a.status()));
	}

	@GetMapping("/{id}")
	Article article(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return this.articles.article(id, actor);
	}

	@PutMapping("/{id}")
	Article edit(@PathVariable UUID id, @RequestBody Article.Request request, @AuthenticationPrincipal Actor actor) {
		return this.articles.edit(id, request, actor);
	}

	/** {@code action}: SUBMIT, APPROVE, RETURN (with a note), PUBLISH (now, or {@code at}), UNPUBLISH. */
	record Transition(@Nullable String action, @Nullable String note, @Nullable OffsetDateTime at) {
	}

	@PostMapping("/{id}/transitions")
	Article move(@PathVariable UUID id, @RequestBody Transition t, @AuthenticationPrincipal Actor actor) {
		ArticleAction action;
		try {
			action = ArticleAction.valueOf(t.action() == null ? "" : t.action().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldInvalid("action", "validation.article-action");
		}
		return this.articles.move(id, action, t.note(), t.at(), actor);
	}

}
