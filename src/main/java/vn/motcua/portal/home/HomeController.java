package vn.motcua.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home page. */
@Controller
class HomeController {

	private final HomePage home;

	HomeController(HomePage home) {
		this.home = home;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("home", this.home.view());
		return "index";
	}

}
