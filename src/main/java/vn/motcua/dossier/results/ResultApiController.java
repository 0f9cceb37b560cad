package vn.motcua.dossier.results;

import java.io.IOException;

import vn.motcua.dossier.files.Downloads;
import vn.motcua.dossier.processing.DossierReader;
import vn.motcua.dossier.results.SignedResults.VerificationView;
import vn.motcua.shared.Actor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The signed result for officials of the dossier's scope, and its verification for anyone. */
@RestController
class ResultApiController {

	private final DossierReader dossiers;

	private final SignedResults results;

	ResultApiController(DossierReader dossiers, SignedResults results) {
		this.dossiers = dossiers;
		this.results = results;
	}

	@GetMapping("/api/v1/dossiers/{code}/result.pdf")
	ResponseEntity<byte[]> result(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		this.dossiers.find(code, actor); // in the official's scope, else 404
		return Downloads.attachment(this.results.signedResult(code));
	}

	/** Anyone holding a result checks it: intact, signed by an agency, for which dossier. */
	@PostMapping(path = "/api/v1/public/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	VerificationView verify(@RequestParam MultipartFile file) throws IOException {
		return this.results.verify(file.getBytes());
	}

}
