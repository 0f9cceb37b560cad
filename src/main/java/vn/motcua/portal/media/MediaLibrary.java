package vn.motcua.portal.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.portal.domain.ImageSize;
import vn.motcua.portal.domain.MediaKind;
import vn.motcua.portal.domain.VideoLinks;
import vn.motcua.portal.site.PortalChanged;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.Role;
import vn.motcua.shared.Uploads;

import static vn.motcua.shared.Texts.blankToNull;

/**
 * The portal's media library, of the writers' and editors' units: a picture is kept whole with a
 * large rendition and a thumbnail drawn on upload; a video file as it came (MP4 or WebM, at most
 * {@code motcua.portal.media-max-size}); a video of another site by its link. Nothing enters without
 * the text that says what it shows.
 */
@Service
public class MediaLibrary {

	private static final java.util.regex.Pattern LIBRARY = java.util.regex.Pattern.compile("/anh/([0-9a-f-]{36})/(lon|nho|goc)");

	private final MediaStore store;

	private final Uploads uploads;

	private final OrganizationManagement organization;

	private final Clock clock;

	private final DataSize maxSize;

	private final ApplicationEventPublisher events;

	MediaLibrary(MediaStore store, Uploads uploads, OrganizationManagement organization, Clock clock,
			@Value("${motcua.portal.media-max-size:25MB}") DataSize maxSize, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.uploads = uploads;
		this.organization = organization;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/**
	 * @throws FieldInvalid {@code altText}; DomainException {@code forbidden}, {@code attachment-type},
	 * {@code attachment-too-large}, {@code media-image-unreadable}, {@code media-image-too-large}.
	 */
	@Transactional
	public Media upload(String fileName, long size, InputStream content, Media.Text text, Actor actor) {
		UUID unit = unitOf(actor);
		String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
		if (Uploads.VIDEOS.contains(extension)) {
			Media video = item(MediaKind.VIDEO, text, fileName, null, null, unit, actor);
			this.store.insert(video);
			this.store.insertFile(video.id(), "video", this.uploads.store(fileName, size, content, Uploads.VIDEOS, this.maxSize));
			PortalChanged.publish(this.events);
			return video;
		}
		byte[] bytes = read(content, size);
		Uploads.Stored original = this.uploads.store(fileName, size, new ByteArrayInputStream(bytes), Uploads.IMAGES, this.maxSize);
		BufferedImage picture = Images.decode(bytes);
		ImageSize whole = new ImageSize(picture.getWidth(), picture.getHeight());
		Media image = item(MediaKind.IMAGE, text, fileName, whole, null, unit, actor);
		this.store.insert(image);
		this.store.insertFile(image.id(), "original", original);
		rendition(image, "large", picture, whole.within(ImageSize.LARGE));
		rendition(image, "thumb", picture, whole.within(ImageSize.THUMB));
		return image;
	}

	/** @throws FieldInvalid {@code link} unless a YouTube link, {@code altText}; DomainException {@code forbidden}. */
	@Transactional
	public Media link(@Nullable String link, Media.Text text, Actor actor) {
		UUID unit = unitOf(actor);
		String embed = VideoLinks.embed(link == null ? "" : link).orElseThrow(() -> new FieldInvalid("link", "validation.media-link"));
		Media video = item(MediaKind.EMBED, text, link, null, embed, unit, actor);
		this.store.insert(video);
		PortalChanged.publish(this.events);
		return video;
	}

	/** @return the items of the actor's units, of one kind or all, the latest first. */
	@Transactional(readOnly = true)
	public List<Media> list(@Nullable MediaKind kind, Actor actor) {
		return this.store.inScope(this.organization.scopeOf(actor), kind);
	}

	/** @return the item, whoever asks: the library's items are public once on a page. */
	@Transactional(readOnly = true)
	public java.util.Optional<Media> find(UUID id) {
		return this.store.find(id);
	}

	/** @return the unit's latest video (a file or a link), for its home page. */
	@Transactional(readOnly = true)
	public java.util.Optional<Media> latestVideo(UUID unit) {
		return this.store.latestVideo(unit);
	}

	/** @return the alternative text of a library picture's address ({@code /anh/<id>/...}); {@literal null} for any other. */
	@Transactional(readOnly = true)
	public @Nullable String altOf(String url) {
		java.util.regex.Matcher m = LIBRARY.matcher(url);
		return m.matches() ? this.store.find(UUID.fromString(m.group(1))).map(Media::altText).orElse(null) : null;
	}

	/** @throws DomainException {@code media-not-found}, {@code media-in-use} (409) while an article's cover, a leader's photo or a banner. */
	@Transactional
	public void remove(UUID id, Actor actor) {
		unitOf(actor);
		Media media = this.store.find(id)
			.filter(m -> this.organization.scopeOf(actor).contains(m.unitId()))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "media-not-found", id));
		if (this.store.inUse(media)) {
			throw new DomainException(Kind.CONFLICT, "media-in-use");
		}
		this.store.paths(id).forEach(this.uploads::deleteAfterCommit);
		this.store.delete(id);
		PortalChanged.publish(this.events);
	}

	private void rendition(Media image, String name, BufferedImage picture, ImageSize size) {
		byte[] jpeg = Images.jpeg(picture, size);
		this.store.insertFile(image.id(), name, this.uploads.store(name + ".jpg", jpeg.length, new ByteArrayInputStream(jpeg),
				Uploads.IMAGES, this.maxSize));
	}

	private Media item(MediaKind kind, Media.Text text, String source, @Nullable ImageSize size, @Nullable String embed, UUID unit,
			Actor actor) {
		String alt = blankToNull(text.altText());
		if (alt == null || alt.length() > 300) {
			throw new FieldInvalid("altText", "validation.media-alt");
		}
		if (text.credit() != null && text.credit().length() > 200) {
			throw new FieldInvalid("credit", "validation.too-long");
		}
		String title = blankToNull(text.title()) == null ? alt : text.title().strip();
		return new Media(UUID.randomUUID(), unit, kind, abbreviate(title), alt.strip(), blankToNull(text.credit()),
				size == null ? null : size.width(), size == null ? null : size.height(), embed, actor.username(),
				this.clock.instant());
	}

	private static String abbreviate(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300);
	}

	private byte[] read(InputStream content, long size) {
		if (size > this.maxSize.toBytes()) {
			throw new DomainException(Kind.INVALID, "attachment-too-large", this.maxSize.toMegabytes());
		}
		try (content) {
			return content.readNBytes((int) this.maxSize.toBytes() + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static UUID unitOf(Actor actor) {
		if (actor.unitId() == null || !(actor.hasRole(Role.PORTAL_WRITER) || actor.hasRole(Role.PORTAL_EDITOR)
				|| actor.hasRole(Role.ADMIN))) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		return actor.unitId();
	}

}
