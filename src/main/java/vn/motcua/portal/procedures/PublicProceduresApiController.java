package vn.motcua.portal.procedures;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public procedure search: no account needed. */
@RestController
@RequestMapping("/api/v1/public/procedures")
class PublicProceduresApiController {

	private final PublicProcedures procedures;

	PublicProceduresApiController(PublicProcedures procedures) {
		this.procedures = procedures;
	}

	/** Search: words with or without diacritics, small typos tolerated. */
	@GetMapping
	List<ProcedureView> procedures(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable ProcedureLevel level) {
		return this.procedures.search(q, field, level);
	}

	@GetMapping("/{code}")
	PublicProcedure procedure(@PathVariable String code) {
		return this.procedures.procedure(code);
	}

}
