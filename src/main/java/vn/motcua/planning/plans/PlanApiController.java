package vn.motcua.planning.plans;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.planning.tasks.TaskView;
import vn.motcua.shared.Actor;

/** Plans over HTTP: create one with its tasks (typed, or from a workbook), read, amend. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanApiController {

	private final Plans plans;

	private final PlanImport imports;

	private final PlanReader reader;

	PlanApiController(Plans plans, PlanImport imports, PlanReader reader) {
		this.plans = plans;
		this.imports = imports;
		this.reader = reader;
	}

	@PostMapping
	ResponseEntity<Map<String, UUID>> create(@RequestBody Plan.Request request, @AuthenticationPrincipal Actor actor) {
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", this.plans.create(request, actor)));
	}

	@PostMapping("/import")
	ResponseEntity<Map<String, UUID>> importing(@RequestParam MultipartFile file, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
			@RequestParam(required = false) @Nullable String kind, @AuthenticationPrincipal Actor actor) throws IOException {
		UUID id = this.imports.create(new Plan.Request(year, kind, number, issuedOn, title, null, null, null, null),
				file.getInputStream(), actor);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
	}

	@GetMapping
	List<Plan> list(@AuthenticationPrincipal Actor actor) {
		return this.reader.list(actor);
	}

	/** A plan with its tasks. */
	record PlanWithTasks(Plan plan, List<TaskView> tasks) {
	}

	@GetMapping("/{id}")
	PlanWithTasks plan(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return new PlanWithTasks(this.reader.plan(id, actor), this.reader.tasks(id, actor));
	}

	@PutMapping("/{id}")
	PlanWithTasks amend(@PathVariable UUID id, @RequestBody Plan.Request request, @AuthenticationPrincipal Actor actor) {
		this.plans.amend(id, request, actor);
		return plan(id, actor);
	}

}
