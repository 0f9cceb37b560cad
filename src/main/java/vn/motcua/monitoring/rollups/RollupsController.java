package vn.motcua.monitoring.rollups;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.shared.AdministratorsOnly;

/** Recomputes the rollups from the dossiers (after a repair of data, or an upgrade). */
@RestController
class RollupsController {

	private final RollupRebuild rebuild;

	RollupsController(RollupRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/api/v1/stats/rebuild")
	@AdministratorsOnly
	Map<String, Integer> rebuild() {
		return Map.of("rows", this.rebuild.rebuild());
	}

}
