package vn.motcua.platform.layout;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office start page (Quản trị): what the signed-in official may open. */
@Controller
class BackOfficeController {

	@PreAuthorize("isAuthenticated()")
	@GetMapping("/quan-tri")
	String home() {
		return "admin/index";
	}

}
