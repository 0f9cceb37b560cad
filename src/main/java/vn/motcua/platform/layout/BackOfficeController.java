package vn.motcua.platform.layout;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office start page (Quản trị): what the signed-in official may open. */
@Controller
class BackOfficeController {

	@GetMapping("/quan-tri")
	String home() {
		return "admin/index";
	}

}
