package vn.motcua.audit.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.audit.chain.AuditChain;
import vn.motcua.audit.domain.AuditEntry;
import vn.motcua.audit.domain.ChainCheck.Verification;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for tools: the latest entries, and the check of the chain ({@code curl -u admin
 * -X POST …/api/v1/audit/verification} is the command that verifies it).
 */
@RestController
@RequestMapping("/api/v1/audit")
@AdministratorsOnly
class AuditApiController {

	private final AuditChain chain;

	private final AuditReaders readers;

	AuditApiController(AuditChain chain, AuditReaders readers) {
		this.chain = chain;
		this.readers = readers;
	}

	@GetMapping
	List<AuditEntry> entries(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action, @RequestParam(defaultValue = "100") int limit,
			@AuthenticationPrincipal Actor viewer) {
		this.readers.require(viewer);
		return this.chain.recent(actor, action, limit);
	}

	/** Seals what waits, then checks the whole chain: {@code valid}, and the first broken link if any. */
	@PostMapping("/verification")
	Verification verify(@AuthenticationPrincipal Actor viewer) {
		this.readers.require(viewer);
		return this.chain.verify();
	}

}
