package vn.motcua.monitoring.board;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.motcua.monitoring.statistics.Questions;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

/**
 * The public board (Công khai kết quả giải quyết hồ sơ), page and API, without login. Codes and
 * procedures only: no applicant's name or contact leaves this way.
 */
@Controller
class PublicBoardController {

	private final PublicBoard board;

	private final Questions questions;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	private final String portalUnit;

	/**
	 * @param portalUnit the code of the unit whose portal this is ({@code motcua.portal.unit}); the
	 * board opens on it; blank: the province in force.
	 */
	PublicBoardController(PublicBoard board, Questions questions, OrganizationManagement organization,
			MessageSource messages, @Value("${motcua.portal.unit:}") String portalUnit) {
		this.board = board;
		this.questions = questions;
		this.organization = organization;
		this.messages = messages;
		this.portalUnit = portalUnit.strip();
	}

	@GetMapping("/cong-khai-ket-qua")
	String page(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String month, Model model) {
		String code = unitOrProvince(unit);
		model.addAttribute("units", this.organization.unitsOn(this.questions.today(), null));
		try {
			model.addAttribute("board", this.board.of(code, month));
		}
		catch (DomainException ex) {
			model.addAttribute("error", MessageArguments.text(this.messages, ex));
		}
		model.addAttribute("unit", code);
		return "monitoring/board";
	}

	@GetMapping("/api/v1/public/board")
	@ResponseBody
	Board api(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String month) {
		return this.board.of(unitOrProvince(unit), month);
	}

	/** @return the unit asked for; else the portal's own unit while in force; else the province in force. */
	private String unitOrProvince(@Nullable String unit) {
		if (unit != null && !unit.isBlank()) {
			return unit.strip();
		}
		boolean portalInForce = !this.portalUnit.isEmpty()
				&& this.organization.unitOn(this.portalUnit, this.questions.today()).isPresent();
		return portalInForce ? this.portalUnit : this.questions.topUnitCode();
	}

}
