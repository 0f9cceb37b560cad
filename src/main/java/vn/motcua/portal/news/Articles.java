package vn.motcua.portal.news;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.portal.domain.ArticleAction;
import vn.motcua.portal.domain.ArticleCategory;
import vn.motcua.portal.domain.ArticleHtml;
import vn.motcua.portal.domain.ArticleStatus;
import vn.motcua.portal.domain.MediaKind;
import vn.motcua.portal.media.Media;
import vn.motcua.portal.media.MediaLibrary;
import vn.motcua.portal.site.PortalChanged;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.Role;

import static vn.motcua.shared.Texts.blankToNull;

/**
 * Writing articles and moving them through the editorial workflow, within the official's unit: the
 * body sanitised on every save, every text kept as a version, every step kept with who and when.
 */
@Service
public class Articles {

	private final ArticleStore store;

	private final OrganizationManagement organization;

	private final MediaLibrary media;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Articles(ArticleStore store, OrganizationManagement organization, MediaLibrary media, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.organization = organization;
		this.media = media;
		this.clock = clock;
	}

	/** @throws FieldInvalid {@code title}, {@code summary}, {@code body}, {@code category}; DomainException {@code forbidden}. */
	@Transactional
	public Article create(Article.Request r, Actor actor) {
		if (actor.unitId() == null || !(actor.hasRole(Role.PORTAL_WRITER) || actor.hasRole(Role.PORTAL_EDITOR))) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		Instant now = this.clock.instant();
		Article a = text(new Article(UUID.randomUUID(), actor.unitId(), ArticleCategory.NEWS, "", "", "", "", null, null,
				ArticleStatus.DRAFT, null, 0, 1), r);
		a = new Article(a.id(), a.unitId(), a.category(), this.store.freeSlug(a.title()), a.title(), a.summary(), a.body(),
				a.cover(), a.author(), a.status(), null, 0, 1);
		this.store.insert(a, actor.username(), now);
		return a;
	}

	/** @throws DomainException {@code article-not-editable} (409) once submitted, until returned. */
	@Transactional
	public Article edit(UUID id, Article.Request r, Actor actor) {
		Article before = article(id, actor);
		if (!before.status().editable()) {
			throw new DomainException(Kind.CONFLICT, "article-not-editable");
		}
		Article after = text(before, r);
		after = new Article(after.id(), after.unitId(), after.category(), after.slug(), after.title(), after.summary(),
				after.body(), after.cover(), after.author(), after.status(), after.publishedAt(), after.views(), before.version() + 1);
		this.store.update(before, after, actor.username(), this.clock.instant());
		return after;
	}

	/**
	 * @param at for {@code PUBLISH}, when it becomes public ({@literal null}: now).
	 * @throws DomainException {@code forbidden} for a writer's approval or publication;
	 * {@code article-action-not-allowed} (409); FieldInvalid {@code note} for a return without one.
	 */
	@Transactional
	public Article move(UUID id, ArticleAction action, @Nullable String note, @Nullable OffsetDateTime at, Actor actor) {
		Article before = article(id, actor);
		if (!action.allowedTo(actor)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		ArticleStatus status = before.status().after(action);
		if (action == ArticleAction.RETURN && blankToNull(note) == null) {
			throw new FieldInvalid("note", "validation.required");
		}
		Instant now = this.clock.instant();
		Instant published = switch (action) {
			case PUBLISH -> at == null || at.toInstant().isBefore(now) ? now : at.toInstant();
			case UNPUBLISH -> before.publishedAt();
			default -> null;
		};
		this.store.move(before, status, published, action.name(), blankToNull(note), actor.username(), now);
		PortalChanged.publish(this.events);
		return this.store.find(id).orElseThrow();
	}

	/** @throws DomainException {@code article-not-found} when absent or of a unit outside the actor's scope. */
	Article article(UUID id, Actor actor) {
		return this.store.find(id)
			.filter(a -> this.organization.scopeOf(actor).contains(a.unitId()))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "article-not-found", id));
	}

	private Article text(Article a, Article.Request r) {
		if (r.title() == null || r.title().isBlank()) {
			throw new FieldInvalid("title", "validation.required");
		}
		if (r.body() == null || ArticleHtml.text(r.body()).isBlank()) {
			throw new FieldInvalid("body", "validation.required");
		}
		ArticleCategory category = r.category() == null ? a.category()
				: ArticleCategory.of(r.category()).orElseThrow(() -> new FieldInvalid("category", "validation.article-category"));
		String body = ArticleHtml.sanitise(r.body());
		String summary = blankToNull(r.summary()) != null ? r.summary().strip() : abbreviate(ArticleHtml.text(body), 300);
		return a.withText(category, r.title().strip(), summary, body, cover(r), blankToNull(r.author()));
	}

	/** @throws FieldInvalid {@code coverUrl} unless an address; {@code coverMedia} unless a picture of the library. */
	private Article.@Nullable Cover cover(Article.Request r) {
		String caption = blankToNull(r.coverCaption());
		String credit = blankToNull(r.coverCredit());
		if (blankToNull(r.coverMedia()) != null) {
			Media picture = media(r.coverMedia());
			return new Article.Cover(picture.url(), picture.altText(), caption != null ? caption : picture.title(),
					credit != null ? credit : picture.credit());
		}
		String url = blankToNull(r.coverUrl());
		if (url != null && !url.matches("(https?://|/)\\S*")) {
			throw new FieldInvalid("coverUrl", "validation.article-cover");
		}
		return url == null ? null : new Article.Cover(url, this.media.altOf(url), caption, credit);
	}

	private Media media(String id) {
		try {
			return this.media.find(UUID.fromString(id.strip()))
				.filter(m -> m.kind() == MediaKind.IMAGE)
				.orElseThrow(() -> new FieldInvalid("coverMedia", "validation.article-cover-media"));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldInvalid("coverMedia", "validation.article-cover-media");
		}
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, text.lastIndexOf(' ', max) > 0 ? text.lastIndexOf(' ', max) : max) + "…";
	}

}
