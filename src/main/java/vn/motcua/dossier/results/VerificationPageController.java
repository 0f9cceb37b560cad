package vn.motcua.dossier.results;

import java.io.IOException;
import java.time.Clock;

import vn.motcua.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The portal's page «Kiểm tra văn bản ký số»: anyone checks a signed result they were given. */
@Controller
class VerificationPageController {

	private final SignedResults results;

	private final MessageSource messages;

	private final Clock clock;

	VerificationPageController(SignedResults results, MessageSource messages, Clock clock) {
		this.results = results;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/kiem-tra-van-ban")
	String form() {
		return "public/verification";
	}

	@PostMapping("/kiem-tra-van-ban")
	String verify(@RequestParam MultipartFile file, Model model) throws IOException {
		try {
			model.addAttribute("verification", this.results.verify(file.getBytes()));
			model.addAttribute("zone", this.clock.getZone());
		}
		catch (DomainException ex) {
			model.addAttribute("problem",
					this.messages.getMessage(ex.messageKey(), ex.args(), ex.code(), LocaleContextHolder.getLocale()));
		}
		return "public/verification";
	}

}
