package vn.motcua.planning.reports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import vn.motcua.shared.Actor;

/** Periodic reports over HTTP: schedules, the register, a unit's report, writing and sending it. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

	private final Schedules schedules;

	private final Reports reports;

	private final Register register;

	private final ReportDrafts drafts;

	ReportApiController(Schedules schedules, Reports reports, Register register, ReportDrafts drafts) {
		this.schedules = schedules;
		this.reports = reports;
		this.register = register;
		this.drafts = drafts;
	}

	@PostMapping("/schedules")
	ResponseEntity<Map<String, UUID>> schedule(@RequestBody Schedule.Request request, @AuthenticationPrincipal Actor actor) {
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", this.schedules.create(request, actor)));
	}

	@GetMapping
	List<ReportLine> register(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String status, @AuthenticationPrincipal Actor actor) {
		return this.register.register(new Register.Filter(period, status), actor);
	}

	/** A report: its line of the register and its text — as saved or sent, else the draft from the unit's tasks. */
	record Report(ReportLine line, String body, boolean draft) {
	}

	@GetMapping("/{id}")
	Report report(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		ReportLine line = this.reports.line(id, actor);
		String body = this.reports.body(id);
		return new Report(line, body != null ? body : this.drafts.draft(line, this.reports.today()), body == null);
	}

	@PutMapping("/{id}")
	Report save(@PathVariable UUID id, @RequestBody Map<String, String> request, @AuthenticationPrincipal Actor actor) {
		this.reports.write(id, request.get("body"), false, actor);
		return report(id, actor);
	}

	@PostMapping("/{id}/submission")
	Report submit(@PathVariable UUID id, @RequestBody Map<String, String> request, @AuthenticationPrincipal Actor actor) {
		this.reports.write(id, request.get("body"), true, actor);
		return report(id, actor);
	}

}
