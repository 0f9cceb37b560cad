package vn.motcua.portal.media;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;

/**
 * The library's files for readers, streamed from disk: a picture's renditions ({@code lon}, {@code nho},
 * {@code goc}) and a video, which the browser may fetch in ranges. An item's files never change, so they are cached
 * for a year.
 */
@RestController
class MediaController {

	private static final Map<String, String> RENDITIONS = Map.of("lon", "large", "nho", "thumb", "goc", "original");

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final MediaStore store;

	private final Uploads uploads;

	MediaController(MediaStore store, Uploads uploads) {
		this.store = store;
		this.uploads = uploads;
	}

	@GetMapping("/anh/{id}/{size:lon|nho|goc}")
	ResponseEntity<Resource> picture(@PathVariable UUID id, @PathVariable String size) {
		return send(id, RENDITIONS.get(size));
	}

	@GetMapping("/video/{id}")
	ResponseEntity<Resource> video(@PathVariable UUID id) {
		return send(id, "video");
	}

	/** Streams the file from disk (a video in the ranges the browser asks for): nothing is read whole into memory. */
	private ResponseEntity<Resource> send(UUID id, String rendition) {
		Stored file = this.store.file(id, rendition, (rs, n) -> new Stored(rs.getString("storage_path"), rs.getString("content_type")))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "media-not-found", id));
		return ResponseEntity.ok()
			.cacheControl(FOREVER)
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(new FileSystemResource(this.uploads.locate(file.path())));
	}

	private record Stored(String path, String contentType) {
	}

}
