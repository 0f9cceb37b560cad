package vn.motcua.portal.media;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import vn.motcua.portal.domain.MediaKind;

/**
 * An item of the portal's media library.
 *
 * @param altText what the picture or video shows, for a reader who cannot see it; never blank.
 * @param embedUrl the player's address of an {@link MediaKind#EMBED embedded video}.
 */
public record Media(UUID id, UUID unitId, MediaKind kind, String title, String altText, @Nullable String credit,
		@Nullable Integer width, @Nullable Integer height, @Nullable String embedUrl, String createdBy, Instant createdAt) {

	/** @return where the page shows it from: the large picture, the video file or the player. */
	@JsonProperty("url")
	public String url() {
		return switch (this.kind) {
			case IMAGE -> "/anh/" + this.id + "/lon";
			case VIDEO -> "/video/" + this.id;
			case EMBED -> this.embedUrl;
		};
	}

	/** @return the thumbnail of a picture, for lists; the {@link #url()} of anything else. */
	@JsonProperty("thumbUrl")
	public String thumbUrl() {
		return this.kind == MediaKind.IMAGE ? "/anh/" + this.id + "/nho" : url();
	}

	/** What is typed about an item: its title, alternative text and credit. */
	public record Text(@Nullable String title, @Nullable String altText, @Nullable String credit) {
	}

}
