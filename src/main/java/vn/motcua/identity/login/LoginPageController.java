package vn.motcua.identity.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The officials' login page; the form posts to Spring Security. */
@Controller
class LoginPageController {

	@GetMapping("/dang-nhap")
	String login() {
		return "login";
	}

}
