package vn.motcua.portal.media;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.portal.domain.MediaKind;
import vn.motcua.shared.Actor;

/** The media library over the API: list, upload (multipart), add a video link, remove. */
@RestController
@RequestMapping("/api/v1/media")
class MediaApiController {

	private final MediaLibrary library;

	MediaApiController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping
	List<Media> list(@RequestParam(required = false) @Nullable MediaKind kind, @AuthenticationPrincipal Actor actor) {
		return this.library.list(kind, actor);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Media> upload(@RequestParam MultipartFile file, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal Actor actor) throws IOException {
		Media media = this.library.upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getSize(),
				file.getInputStream(), MediaDeskController.text(form), actor);
		return ResponseEntity.status(HttpStatus.CREATED).body(media);
	}

	@PostMapping(path = "/links", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Media> link(@RequestBody Map<String, String> body, @AuthenticationPrincipal Actor actor) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.library.link(body.get("link"), MediaDeskController.text(body), actor));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		this.library.remove(id, actor);
		return ResponseEntity.noContent().build();
	}

}
