package vn.motcua.planning.reports;

import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.forms.Narrative;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Vietnam;

/**
 * A unit's periodic report as the administrative document it sends: its People's Committee under
 * the body above, the title with the period, the text, the signature of the committee's head.
 */
@Component
class ReportDocuments {

	private final OrganizationManagement organization;

	private final MessageSource messages;

	ReportDocuments(OrganizationManagement organization, MessageSource messages) {
		this.organization = organization;
		this.messages = messages;
	}

	byte[] pdf(ReportLine line, String body) {
		UnitView unit = this.organization.unit(line.unitId()).orElseThrow();
		String parent = unit.parentId() == null ? "" : this.organization.unit(unit.parentId()).map(u -> "UBND " + u.name()).orElse("");
		LocalDate day = line.submittedAt() == null ? line.dueDate() : LocalDate.ofInstant(line.submittedAt(), Vietnam.ZONE);
		String period = this.messages.getMessage("report.period." + line.period().frequency(),
				new Object[] { line.period().index(), line.period().year(), line.period().roman() }, Vietnam.LOCALE);
		return new Narrative(parent, "Ủy ban nhân dân " + unit.name(), "Số:      /BC-UBND",
				unit.name().replaceFirst("^(Xã|Phường|Tỉnh|Huyện|Thị trấn) ", "") + ", ngày " + day.getDayOfMonth() + " tháng "
						+ day.getMonthValue() + " năm " + day.getYear(),
				"BÁO CÁO\n" + line.title() + " — " + period, body, "TM. ỦY BAN NHÂN DÂN").pdf();
	}

}
