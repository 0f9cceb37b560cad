package vn.motcua.catalogue.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.catalogue.procedures.ProcedureRepository;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import org.springframework.security.access.prepost.PreAuthorize;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The internal process an agency follows for the version of a procedure in force today. */
@RestController
@RequestMapping("/api/v1/procedures/{code}/process")
class AgencyProcessApiController {

	private final ProcessTemplates processes;

	private final ProcedureRepository procedures;

	private final Clock clock;

	AgencyProcessApiController(ProcessTemplates processes, ProcedureRepository procedures, Clock clock) {
		this.processes = processes;
		this.procedures = procedures;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()") // every official reads the processes
	List<ProcessStep> process(@PathVariable String code, @RequestParam String agency) {
		return this.processes.processFor(inForce(code), agency);
	}

	@PutMapping
	@AdministratorsOnly
	List<ProcessStep> defineProcess(@PathVariable String code, @RequestParam String agency,
			@RequestBody List<ProcessStep> steps, @AuthenticationPrincipal Actor actor) {
		return this.processes.defineProcess(inForce(code), agency, steps, actor);
	}

	private UUID inForce(String code) {
		return this.procedures.require(code, LocalDate.now(this.clock)).id();
	}

}
