package vn.motcua.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.portal.PublicServices;
import vn.motcua.portal.PublicServices.PublicProcedure;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public API: no account needed. */
@RestController
@RequestMapping("/api/v1/public")
class PublicApiController {

	private final PublicServices services;

	PublicApiController(PublicServices services) {
		this.services = services;
	}

	/** Search: words with or without diacritics, small typos tolerated. */
	@GetMapping("/procedures")
	List<ProcedureView> procedures(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable ProcedureLevel level) {
		return this.services.search(q, field, level);
	}

	@GetMapping("/procedures/{code}")
	PublicProcedure procedure(@PathVariable String code) {
		return this.services.procedure(code);
	}

	/** 404 for an unknown code and a wrong second factor alike; 429 after too many failures. */
	@GetMapping("/dossiers/{code}")
	PublicDossierView dossier(@PathVariable String code, @RequestParam(required = false) @Nullable String phoneLast4,
			@RequestParam(required = false) @Nullable String secret, HttpServletRequest request) {
		return this.services.lookup(code, phoneLast4, secret, request.getRemoteAddr());
	}

	record Rating(@Nullable String phoneLast4, @Nullable String secret, int score, @Nullable String comment) {
	}

	/** The applicant's satisfaction once the result was returned: once, 1 to 5. */
	@PostMapping("/dossiers/{code}/rating")
	ResponseEntity<Void> rate(@PathVariable String code, @RequestBody Rating rating, HttpServletRequest request) {
		this.services.rate(code, rating.phoneLast4(), rating.secret(), rating.score(), rating.comment(),
				request.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
