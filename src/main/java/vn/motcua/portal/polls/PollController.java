package vn.motcua.portal.polls;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PageErrors;

/** The portal's poll: its page with the vote or the results (a bar per option), and the public voting API. */
@Controller
class PollController {

	private final Polls polls;

	private final MessageSource messages;

	PollController(Polls polls, MessageSource messages) {
		this.polls = polls;
		this.messages = messages;
	}

	@GetMapping("/binh-chon")
	String poll(HttpServletRequest request, Model model) {
		model.addAttribute("poll", this.polls.current(Voters.of(request)).orElse(null));
		return "public/poll";
	}

	@PostMapping("/binh-chon/{id}")
	String vote(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID option, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.polls.vote(id, option, Voters.ofOrNew(request, response), request.getRemoteAddr());
			redirect.addFlashAttribute("voted", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
		}
		return "redirect:/binh-chon";
	}

	@PostMapping("/api/v1/public/polls/{id}/votes")
	@ResponseBody
	ResponseEntity<Poll> voteApi(@PathVariable UUID id, @RequestBody Map<String, String> body, HttpServletRequest request,
			HttpServletResponse response) {
		String voter = Voters.ofOrNew(request, response);
		UUID option;
		try {
			option = body.get("option") == null ? null : UUID.fromString(body.get("option"));
		}
		catch (IllegalArgumentException ex) {
			option = null;
		}
		this.polls.vote(id, option, voter, request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(this.polls.read(id, voter).orElseThrow());
	}

	@GetMapping("/api/v1/public/polls/{id}")
	@ResponseBody
	Poll read(@PathVariable UUID id, HttpServletRequest request) {
		return this.polls.read(id, Voters.of(request))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "poll-not-found", id));
	}

}
