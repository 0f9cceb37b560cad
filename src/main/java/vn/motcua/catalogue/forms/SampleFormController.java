package vn.motcua.catalogue.forms;

import java.io.IOException;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the sample form of a required document, uploaded on the procedure's page. */
@Controller
class SampleFormController {

	private final SampleFormFiles sampleForms;

	private final MessageSource messages;

	SampleFormController(SampleFormFiles sampleForms, MessageSource messages) {
		this.sampleForms = sampleForms;
		this.messages = messages;
	}

	@PostMapping("/quan-tri/thu-tuc/{code}/mau/{position}")
	@AdministratorsOnly
	String sampleForm(@PathVariable String code, @PathVariable int position, @RequestParam MultipartFile file,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
		try {
			this.sampleForms.attach(code, position, file.getOriginalFilename() == null ? "mau" : file.getOriginalFilename(),
					file.getSize(), file.getInputStream(), actor);
			redirect.addFlashAttribute("saved", file.getOriginalFilename());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
		}
		return "redirect:/quan-tri/thu-tuc/" + code;
	}

}
