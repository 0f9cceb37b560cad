package vn.motcua.audit.web;

import org.jspecify.annotations.Nullable;
import vn.motcua.audit.chain.AuditChain;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Back office: «Nhật ký hệ thống», the audit log with its filters and the check of its chain. */
@Controller
@RequestMapping("/quan-tri/nhat-ky")
@AdministratorsOnly
class AuditPageController {

	private static final int SHOWN = 200;

	private final AuditChain chain;

	private final AuditReaders readers;

	AuditPageController(AuditChain chain, AuditReaders readers) {
		this.chain = chain;
		this.readers = readers;
	}

	@GetMapping
	String log(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action, @AuthenticationPrincipal Actor viewer, Model model) {
		this.readers.require(viewer);
		String who = StringUtils.hasText(actor) ? actor.strip() : null;
		String what = StringUtils.hasText(action) ? action.strip() : null;
		model.addAttribute("actor", who);
		model.addAttribute("action", what);
		model.addAttribute("entries", this.chain.recent(who, what, SHOWN));
		return "admin/audit";
	}

	@PostMapping("/kiem-tra")
	String verify(@AuthenticationPrincipal Actor viewer, Model model) {
		this.readers.require(viewer);
		model.addAttribute("verification", this.chain.verify());
		return log(null, null, viewer, model);
	}

}
