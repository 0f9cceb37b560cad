package vn.motcua.connect.national;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * With the stand-in portal (the demo profile {@code standins}): «Mô phỏng hồ sơ nộp trên Cổng DVCQG»
 * on the synchronisation page has the stand-in file a sample at the official's one-stop desk.
 */
@Controller
class SampleFilingController {

	private final ObjectProvider<NationalPortalStandIn> standIn;

	private final NationalPortalSettings settings;

	private final OrganizationManagement organization;

	private final Clock clock;

	SampleFilingController(ObjectProvider<NationalPortalStandIn> standIn, NationalPortalSettings settings,
			OrganizationManagement organization, Clock clock) {
		this.standIn = standIn;
		this.settings = settings;
		this.organization = organization;
		this.clock = clock;
	}

	@PostMapping("/quan-tri/ket-noi/ho-so-mau")
	String sample(@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws InterruptedException {
		LocalDate today = LocalDate.now(this.clock);
		Optional<String> desk = Optional.ofNullable(actor.unitId())
			.flatMap(this.organization::unit)
			.map(UnitView::code)
			.flatMap(unit -> this.organization.agenciesOn(today, unit)
				.stream()
				.filter(a -> a.kind() == AgencyKind.ONE_STOP_DESK)
				.map(AgencyView::code)
				.findFirst());
		if (this.standIn.getIfAvailable() == null || desk.isEmpty()) {
			redirect.addFlashAttribute("sampleFailed", true);
			return "redirect:/quan-tri/ket-noi";
		}
		try {
			String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUriString();
			redirect.addFlashAttribute("sampleFiled", SampleFilings.file(URI.create(base), desk.get(),
					Objects.requireNonNullElse(this.settings.key(), ""), today.format(DateTimeFormatter.ofPattern("yyMMdd"))));
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("sampleFailed", true);
		}
		return "redirect:/quan-tri/ket-noi";
	}

}
