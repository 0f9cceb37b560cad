package vn.motcua.planning.reports;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.forms.Tabular;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Vietnam;

/** The register of periodic reports as an Excel sheet, as the reader sees it. */
@Controller
class RegisterFileController {

	private final Register register;

	private final MessageSource messages;

	RegisterFileController(Register register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	@GetMapping("/quan-tri/bao-cao-dinh-ky/so-theo-doi.xlsx")
	ResponseEntity<byte[]> registerFile(@RequestParam(required = false) @Nullable String period,
			@AuthenticationPrincipal Actor actor) {
		List<String[]> rows = new ArrayList<>();
		for (ReportLine l : this.register.register(new Register.Filter(period, null), actor)) {
			rows.add(new String[] { l.title(), l.periodCode(), l.unitName(), l.dueDate().format(Vietnam.DAY),
					l.submittedAt() == null ? "" : Vietnam.TIME_AND_DAY.format(l.submittedAt().atZone(Vietnam.ZONE)),
					this.messages.getMessage("report.status." + l.status(), null, LocaleContextHolder.getLocale()) });
		}
		Tabular table = new Tabular("SỔ THEO DÕI BÁO CÁO ĐỊNH KỲ", period == null ? "" : "Kỳ " + period, "So theo doi",
				new float[] { 3, 1, 2, 1, 1.4f, 1.2f },
				new String[] { "Báo cáo", "Kỳ", "Đơn vị", "Hạn gửi", "Đã gửi lúc", "Tình trạng" }, rows);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("so-theo-doi-bao-cao.xlsx").build().toString())
			.body(table.xlsx());
	}

}
