package vn.motcua.connect.national;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Đồng bộ Cổng Dịch vụ công quốc gia»: how much of the official's scope is not yet synchronised and
 * the oldest 200 such messages, with their attempts and last errors; for administrators, sending now.
 */
@Controller
@RequestMapping("/quan-tri/ket-noi")
class NationalSyncController {

	private final NationalSender sender;

	private final NationalPortalSettings settings;

	private final OrganizationManagement organization;

	private final JdbcClient jdbc;

	private final Clock clock;

	NationalSyncController(NationalSender sender, NationalPortalSettings settings, OrganizationManagement organization,
			JdbcClient jdbc, Clock clock) {
		this.sender = sender;
		this.settings = settings;
		this.organization = organization;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A message not yet taken by the portal. */
	record Waiting(String dossierCode, String status, int nationalStatus, OffsetDateTime createdAt, int attempts,
			@Nullable String lastError, @Nullable OffsetDateTime nextAttemptAt) {
	}

	@GetMapping
	String page(@AuthenticationPrincipal Actor actor, Model model) {
		UnitScope scope = this.organization.scopeOf(actor);
		List<Waiting> waiting = this.jdbc.sql("""
				select o.dossier_code, o.payload ->> 'status' as status, (o.payload ->> 'nationalStatus')::int as national,
				       o.created_at, o.attempts, o.last_error, o.next_attempt_at
				  from connect_national_outbox o
				 where o.sent_at is null and %s order by o.id limit 200""".formatted(scope.sqlCondition("o.unit_id")))
			.param("scope", scope.sqlUnits())
			.query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2), rs.getInt(3),
					Objects.requireNonNull(SqlTimes.at(rs, "created_at", this.clock.getZone())), rs.getInt(5), rs.getString(6),
					SqlTimes.at(rs, "next_attempt_at", this.clock.getZone())))
			.list();
		long[] counts = this.jdbc.sql("""
				select count(*), count(*) filter (where o.attempts > 0)
				  from connect_national_outbox o
				 where o.sent_at is null and %s""".formatted(scope.sqlCondition("o.unit_id")))
			.param("scope", scope.sqlUnits())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		model.addAttribute("enabled", this.settings.enabled());
		model.addAttribute("target", this.sender.target());
		model.addAttribute("standIn", this.sender.toStandIn());
		model.addAttribute("waiting", waiting);
		model.addAttribute("waitingCount", counts[0]);
		model.addAttribute("failing", counts[1]);
		return "connect/national";
	}

	@PostMapping("/gui-ngay")
	@AdministratorsOnly
	String sendNow(RedirectAttributes redirect) {
		redirect.addFlashAttribute("sent", this.sender.sendPending());
		return "redirect:/quan-tri/ket-noi";
	}

}
