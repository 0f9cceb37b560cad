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
		String body, @Nullable Cover cover, @Nullable String author, ArticleStatus status, @Nullable Instant publishedAt,
		long views, int version) {

	/** @return when it is (or will be) public, in Vietnam; {@literal null} before publication. */
	public @Nullable OffsetDateTime published() {
		return this.publishedAt == null ? null : this.publishedAt.atZone(Vietnam.ZONE).toOffsetDateTime();
	}

	/** @return this article with another text, cover and author, the rest unchanged. */
	Article withText(ArticleCategory category, String title, String summary, String body, @Nullable Cover cover,
			@Nullable String author) {
		return new Article(this.id, this.unitId, category, this.slug, title, summary, body, cover, author, this.status,
				this.publishedAt, this.views, this.version);
	}

	/** @return this article with another view count. */
	Article withViews(long count) {
		return new Article(this.id, this.unitId, this.category, this.slug, this.title, this.summary, this.body, this.cover,
				this.author, this.status, this.publishedAt, count, this.version);
	}

	/**
	 * The picture an article opens with.
	 *
	 * @param alt what it shows, from the media library; the caption stands for it otherwise.
	 */
	public record Cover(String url, @Nullable String alt, @Nullable String caption, @Nullable String credit) {

		/** @return the library's thumbnail of a library picture, for lists; the picture itself otherwise. */
		public String thumbUrl() {
			return this.url.matches("/anh/[0-9a-f-]{36}/lon") ? this.url.replaceFirst("/lon$", "/nho") : this.url;
		}

		/** @return the text a reader who cannot see the picture hears. */
		public @Nullable String altText() {
			return this.alt != null ? this.alt : this.caption;
		}

	}

	/**
	 * What is typed to write an article.
	 *
	 * @param coverMedia the id of a picture of the media library; it replaces {@code coverUrl}.
	 */
	public record Request(@Nullable String title, @Nullable String summary, @Nullable String body, @Nullable String category,
			@Nullable String coverUrl, @Nullable String coverCaption, @Nullable String coverCredit, @Nullable String author,
			@Nullable String coverMedia) {
	}

}
