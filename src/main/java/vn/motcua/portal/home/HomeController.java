package vn.motcua.portal.home;

import java.time.Clock;
import java.time.LocalDate;

import vn.motcua.organization.OrganizationManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home page. */
@Controller
class HomeController {

	private final OrganizationManagement organization;

	private final Clock clock;

	HomeController(OrganizationManagement organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("today", today);
		model.addAttribute("units",
				this.organization.unitsOn(today, null).stream().filter(u -> u.type().isGrassroots()).toList());
		return "index";
	}


}
