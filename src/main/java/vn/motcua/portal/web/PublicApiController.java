package vn.motcua.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.portal.PublicServices;
import vn.motcua.portal.PublicServices.PublicProcedure;

import org.springframework.web.bind.annotation.GetMapping;
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

}
