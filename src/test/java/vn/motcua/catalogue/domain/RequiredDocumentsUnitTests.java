package vn.motcua.catalogue.domain;

import org.junit.jupiter.api.Test;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RequiredDocumentsUnitTests {

	@Test
	void documentsAreSplitOnSemicolonsAndLinesAndNumberedInOrder() {
		assertThat(RequiredDocuments.parse(" Tờ khai ; \nĐơn đề nghị\n;; Giấy tờ khác "))
			.extracting(RequiredDocument::position, RequiredDocument::name)
			.containsExactly(tuple(1, "Tờ khai"),
					tuple(2, "Đơn đề nghị"),
					tuple(3, "Giấy tờ khác"));
		assertThat(RequiredDocuments.parse("  ")).isEmpty();
	}

	@Test
	void theNameSaysWhichCopyIsAskedFor() {
		assertThat(RequiredDocuments.parse("Phiếu yêu cầu (1 bản chính)").get(0))
			.isEqualTo(new RequiredDocument(1, "Phiếu yêu cầu (1 bản chính)", 1, 0, 0));
		assertThat(RequiredDocuments.parse("Giấy khai sinh (bản sao có CHỨNG THỰC)").get(0))
			.isEqualTo(new RequiredDocument(1, "Giấy khai sinh (bản sao có CHỨNG THỰC)", 0, 1, 0));
		assertThat(RequiredDocuments.parse("Giấy tờ tùy thân (ban sao)").get(0))
			.isEqualTo(new RequiredDocument(1, "Giấy tờ tùy thân (ban sao)", 0, 0, 1));
		assertThat(RequiredDocuments.parse("Sổ hộ khẩu").get(0)).isEqualTo(new RequiredDocument(1, "Sổ hộ khẩu", 0, 0, 0));
		assertThat(RequiredDocuments.parse("Hợp đồng: bản chính và bản sao").get(0))
			.isEqualTo(new RequiredDocument(1, "Hợp đồng: bản chính và bản sao", 1, 0, 1));
	}

}
