package vn.motcua.dossier.documents;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import vn.motcua.dossier.files.AttachmentView;
import vn.motcua.dossier.files.Downloads;
import vn.motcua.shared.Actor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The files of a dossier for officials (HTTP Basic). */
@RestController
@RequestMapping("/api/v1/dossiers/{code}/attachments")
class AttachmentApiController {

	private final DossierAttachments attachments;

	AttachmentApiController(DossierAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentView> upload(@PathVariable String code, @RequestParam MultipartFile file,
			@AuthenticationPrincipal Actor actor) throws IOException {
		AttachmentView attachment = this.attachments.upload(code, file.getOriginalFilename() == null ? ""
				: file.getOriginalFilename(), file.getSize(), file.getInputStream(), actor);
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + code + "/attachments/" + attachment.id()))
			.body(attachment);
	}

	@GetMapping
	List<AttachmentView> attachments(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		return this.attachments.list(code, actor);
	}

	@GetMapping("/{id}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return Downloads.attachment(this.attachments.download(code, id, actor));
	}

}
