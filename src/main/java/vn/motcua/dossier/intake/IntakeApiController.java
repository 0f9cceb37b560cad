package vn.motcua.dossier.intake;

import java.net.URI;

import jakarta.validation.Valid;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.shared.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Intake for officials (HTTP Basic). */
@RestController
class IntakeApiController {

	private final ReceiveDossier reception;

	IntakeApiController(ReceiveDossier reception) {
		this.reception = reception;
	}

	@PostMapping("/api/v1/dossiers")
	ResponseEntity<DossierView> receive(@Valid @RequestBody IntakeRequest request, @AuthenticationPrincipal Actor actor) {
		DossierView dossier = this.reception.receive(request, actor);
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossier.code())).body(dossier);
	}

}
