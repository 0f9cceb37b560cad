package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The demo catalogue as the national procedure database publishes it: the particulars on the public
 * and back-office pages, values not verified left empty and said so, the sample declarations.
 */
@MotCuaTest
class CatalogueSeedIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@LocalServerPort
	int port;

	@Autowired
	CatalogueManagement catalogue;

	@Test
	void theCommuneHasItsCommonProceduresWithTheirPublishedParticulars() {
		List<ProcedureView> inForce = this.catalogue.find(null, null, null, TODAY, 500);
		assertThat(inForce).hasSizeBetween(40, 60);
		ProcedureView death = this.catalogue.require("1.000656", TODAY);
		assertThat(death.name()).isEqualTo("Thủ tục đăng ký khai tử");
		assertThat(death.documents()).isNotEmpty().allMatch(d -> d.originals() + d.photocopies() > 0);
		assertThat(death.particulars().filingStepList()).hasSizeGreaterThan(2);
		assertThat(death.particulars().result()).isNotBlank();
		assertThat(death.legalBasis()).contains("60/2014/QH13");

		String page = Http.anonymous(this.port).get("/thu-tuc/1.000656").text();
		assertThat(page).contains("Trình tự thực hiện", "Căn cứ pháp lý", "Kết quả", "60/2014/QH13",
				"Tờ khai đăng ký khai tử", "Nguồn");
		String office = Http.session(this.port, "xa.phuluong", PASSWORD).get("/quan-tri/thu-tuc/1.000656").text();
		assertThat(office).contains("Trình tự thực hiện", "60/2014/QH13", "Bản chính: 1");
	}

	@Test
	void aTimeLimitThatCouldNotBeVerifiedIsShownAsSuchAndNotReceived() {
		ProcedureView again = this.catalogue.require("1.004884", TODAY);
		assertThat(again.timeLimit()).isNull();
		assertThat(again.receivable()).isFalse();
		assertThat(this.catalogue.search(null, TODAY)).extracting(ProcedureView::code)
			.contains("1.000656")
			.doesNotContain("1.004884");
		String page = Http.anonymous(this.port).get("/thu-tuc/1.004884").text();
		assertThat(page).contains("Chưa xác minh").doesNotContain("submit-online");
		Http.Response intake = Http.basic(this.port, "xa.phuluong", PASSWORD)
			.get("/api/v1/public/procedures/1.004884");
		assertThat(intake.status()).isEqualTo(200);
	}

	@Test
	void theDeathDeclarationIsAPrintableSampleForm() throws Exception {
		Http.Bytes form = Http.anonymous(this.port).getBytes("/thu-tuc/1.000656/mau/1");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.contentType()).isEqualTo("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(form.body())).getTextFromPage(1);
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỜ KHAI ĐĂNG KÝ KHAI TỬ", "Nơi chết",
				"Người yêu cầu");
	}

}
