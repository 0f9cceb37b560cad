package vn.motcua.portal.procedures;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.shared.Uploads;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: the procedure search, a procedure, its sample forms. */
@Controller
class PublicProceduresPageController {

	private final PublicProcedures procedures;

	private final Clock clock;

	PublicProceduresPageController(PublicProcedures procedures, Clock clock) {
		this.procedures = procedures;
		this.clock = clock;
	}

	@GetMapping("/thu-tuc")
	String procedures(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable ProcedureLevel level, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("field", field == null ? "" : field);
		model.addAttribute("level", level);
		model.addAttribute("levels", ProcedureLevel.offeredOn(LocalDate.now(this.clock)));
		model.addAttribute("fields", this.procedures.fields());
		model.addAttribute("procedures", this.procedures.search(q, field, level));
		return "public/procedures";
	}

	@GetMapping("/thu-tuc/{code}")
	String procedure(@PathVariable String code, Model model) {
		model.addAttribute("p", this.procedures.procedure(code));
		return "public/procedure";
	}

	@GetMapping("/thu-tuc/{code}/mau/{position}")
	ResponseEntity<byte[]> sampleForm(@PathVariable String code, @PathVariable int position) {
		Uploads.File form = this.procedures.sampleForm(code, position);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(form.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(form.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(form.bytes());
	}

}
