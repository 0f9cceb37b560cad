package vn.motcua.portal.lookup;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.shared.Uploads;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public dossier lookup and rating: no account needed. */
@RestController
@RequestMapping("/api/v1/public/dossiers/{code}")
class PublicLookupApiController {

	private final PublicLookup lookup;

	PublicLookupApiController(PublicLookup lookup) {
		this.lookup = lookup;
	}

	/** 404 for an unknown code and a wrong second factor alike; 429 after too many failures. */
	@GetMapping
	PublicDossierView dossier(@PathVariable String code, @RequestParam(required = false) @Nullable String phoneLast4,
			@RequestParam(required = false) @Nullable String secret, HttpServletRequest request) {
		return this.lookup.lookup(code, phoneLast4, secret, request.getRemoteAddr());
	}

	/** The signed electronic result, with the code and its second factor (the applicant keeps and reuses it). */
	@GetMapping("/result.pdf")
	ResponseEntity<byte[]> result(@PathVariable String code, @RequestParam(required = false) @Nullable String phoneLast4,
			@RequestParam(required = false) @Nullable String secret, HttpServletRequest request) {
		Uploads.File file = this.lookup.result(code, phoneLast4, secret, request.getRemoteAddr());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.bytes());
	}

	record Rating(@Nullable String phoneLast4, @Nullable String secret, int score, @Nullable String comment) {
	}

	/** The applicant's satisfaction once the result was returned: once, 1 to 5. */
	@PostMapping("/rating")
	ResponseEntity<Void> rate(@PathVariable String code, @RequestBody Rating rating, HttpServletRequest request) {
		this.lookup.rate(code, rating.phoneLast4(), rating.secret(), rating.score(), rating.comment(),
				request.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
