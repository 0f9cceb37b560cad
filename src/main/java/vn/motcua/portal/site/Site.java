package vn.motcua.portal.site;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What an authority's portal says about itself: its pages, leaders, links and announcements. */
public final class Site {

	private Site() {
	}

	/** A page of the authority: introduction, functions and duties, contact, …; the body sanitised HTML. */
	public record Page(UUID id, UUID unitId, String slug, String title, String body, int ordinal, int version,
			String updatedBy, Instant updatedAt) {
	}

	/** A leader with photo (a picture of the media library) and duties. */
	public record Leader(UUID id, UUID unitId, String name, String position, @Nullable String duties,
			@Nullable UUID photoId, @Nullable String photoAlt, int ordinal) {

		/** @return the photo's thumbnail, or {@literal null}. */
		public @Nullable String photoUrl() {
			return this.photoId == null ? null : "/anh/" + this.photoId + "/nho";
		}

	}

	/** A web link (LINK) or a banner (BANNER, a picture of the media library that links). */
	public record Link(UUID id, UUID unitId, String kind, String title, String url, @Nullable UUID imageId,
			@Nullable String imageAlt, int ordinal) {

		/** @return the banner's picture, or {@literal null}. */
		public @Nullable String imageUrl() {
			return this.imageId == null ? null : "/anh/" + this.imageId + "/lon";
		}

		/** @return whether the link leaves the portal (it then opens in a new tab). */
		public boolean external() {
			return this.url.startsWith("http");
		}

	}

	/** A line shown above every page of the portal between two moments. */
	public record Announcement(UUID id, UUID unitId, String text, @Nullable String url, Instant startsAt, Instant endsAt) {
	}

}
