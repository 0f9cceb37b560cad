package vn.motcua.portal.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.portal.domain.ArticleCategory;
import vn.motcua.portal.domain.ArticleStatus;
import vn.motcua.shared.Vietnam;

/** An article of an authority's portal: its text, cover, author, where it stands and when it is public. */
public record Article(UUID id, UUID unitId, ArticleCategory category, String slug, String title, String summary,
		String body, @Nullable String coverUrl, @Nullable String coverCaption, @Nullable String coverCredit,
		@Nullable String author, ArticleStatus status, @Nullable Instant publishedAt, long views, int version) {

	/** @return when it is (or will be) public, in Vietnam; {@literal null} before publication. */
	public @Nullable OffsetDateTime published() {
		return this.publishedAt == null ? null : this.publishedAt.atZone(Vietnam.ZONE).toOffsetDateTime();
	}

	/** What is typed to write an article. */
	public record Request(@Nullable String title, @Nullable String summary, @Nullable String body, @Nullable String category,
			@Nullable String coverUrl, @Nullable String coverCaption, @Nullable String coverCredit, @Nullable String author) {
	}

}
