package vn.motcua.identity.citizens;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The one «Đăng nhập» of the public header: a choice between the citizen's account
 * ({@code /cong-dan/dang-nhap}) and the officials' back office ({@code /dang-nhap}); both login
 * pages stay as they are.
 */
@Controller
class LoginChoiceController {

	@GetMapping("/dang-nhap-chon")
	String choose() {
		return "citizen/login-choice";
	}

}
