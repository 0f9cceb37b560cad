package vn.motcua.portal.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.portal.PublicServices;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Uploads;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Public pages: the procedure search, a procedure, the dossier lookup. */
@Controller
class PublicPagesController {

	private final PublicServices services;

	PublicPagesController(PublicServices services) {
		this.services = services;
	}

	@GetMapping("/thu-tuc")
	String procedures(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable ProcedureLevel level, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("field", field == null ? "" : field);
		model.addAttribute("level", level);
		model.addAttribute("levels", ProcedureLevel.values());
		model.addAttribute("fields", this.services.fields());
		model.addAttribute("procedures", this.services.search(q, field, level));
		return "public/procedures";
	}

	@GetMapping("/thu-tuc/{code}")
	String procedure(@PathVariable String code, Model model) {
		model.addAttribute("p", this.services.procedure(code));
		return "public/procedure";
	}

	@GetMapping("/thu-tuc/{code}/mau/{position}")
	ResponseEntity<byte[]> sampleForm(@PathVariable String code, @PathVariable int position) {
		Uploads.File form = this.services.sampleForm(code, position);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(form.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(form.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(form.bytes());
	}

	/** The lookup form; with {@code ma} and a factor ({@code k} the receipt's secret, as in its QR code) it looks up. */
	@GetMapping("/tra-cuu-ho-so")
	String lookup(@RequestParam(required = false) @Nullable String ma,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String k, HttpServletRequest request, Model model) {
		model.addAttribute("ma", ma == null ? "" : ma);
		model.addAttribute("phone", phone == null ? "" : phone);
		model.addAttribute("k", k == null ? "" : k);
		if (ma != null && !ma.isBlank()) {
			if ((phone == null || phone.isBlank()) && (k == null || k.isBlank())) {
				model.addAttribute("problem", "lookup.needFactor");
			}
			else {
				try {
					model.addAttribute("d", this.services.lookup(ma, phone, k, request.getRemoteAddr()));
				}
				catch (DomainException ex) {
					model.addAttribute("problem", "lookup." + ex.code());
				}
			}
		}
		return "public/lookup";
	}

	@PostMapping("/tra-cuu-ho-so/danh-gia")
	String rate(@RequestParam String ma, @RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String k, @RequestParam int score,
			@RequestParam(required = false) @Nullable String comment, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			this.services.rate(ma, phone, k, score, comment, request.getRemoteAddr());
			redirect.addFlashAttribute("rated", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", "lookup." + ex.code());
		}
		return UriComponentsBuilder.fromPath("redirect:/tra-cuu-ho-so")
			.queryParam("ma", ma)
			.queryParamIfPresent("phone", java.util.Optional.ofNullable(phone).filter(p -> !p.isBlank()))
			.queryParamIfPresent("k", java.util.Optional.ofNullable(k).filter(p -> !p.isBlank()))
			.encode()
			.toUriString();
	}

}
