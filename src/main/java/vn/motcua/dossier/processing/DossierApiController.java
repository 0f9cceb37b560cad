package vn.motcua.dossier.processing;

import jakarta.validation.Valid;
import vn.motcua.shared.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A dossier for officials (HTTP Basic): read it, act on it. */
@RestController
@RequestMapping("/api/v1/dossiers")
class DossierApiController {

	private final DossierReader reader;

	private final ActOnDossier acting;

	DossierApiController(DossierReader reader, ActOnDossier acting) {
		this.reader = reader;
		this.acting = acting;
	}

	@GetMapping("/{code}")
	DossierView dossier(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		return this.reader.get(code, actor);
	}

	@PostMapping("/{code}/transitions")
	DossierView act(@PathVariable String code, @Valid @RequestBody TransitionRequest request,
			@AuthenticationPrincipal Actor actor) {
		return this.acting.act(code, request, actor);
	}

}
