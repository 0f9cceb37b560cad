package vn.motcua.dossier.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names of the seeded catalogue (Thái Nguyên), as one procedure and the next write them. */
class DocumentKindUnitTests {

	private static final String IDENTITY_MARRIAGE = "Xuất trình: Giấy tờ tùy thân (hộ chiếu/thẻ Căn cước công dân/thẻ Căn cước/"
			+ "Căn cước điện tử/Giấy chứng nhận căn cước hoặc giấy tờ có ảnh còn giá trị)";

	private static final String IDENTITY_COPY = "Xuất trình: Căn cước điện tử hoặc bản chính/bản sao thẻ Căn cước công dân/"
			+ "thẻ Căn cước/Giấy chứng nhận căn cước/hộ chiếu còn giá trị";

	@Test
	void eachRecognisedKindIsReadFromItsWordsWithoutDiacritics() {
		assertThat(DocumentKind.of(IDENTITY_MARRIAGE)).contains(DocumentKind.IDENTITY);
		assertThat(DocumentKind.of("Hộ chiếu")).contains(DocumentKind.IDENTITY);
		assertThat(DocumentKind.of("Chứng minh nhân dân")).contains(DocumentKind.IDENTITY);
		assertThat(DocumentKind.of("Xuất trình: Giấy tờ chứng minh nơi cư trú")).contains(DocumentKind.RESIDENCE);
		assertThat(DocumentKind.of("Bản sao Giấy khai sinh")).contains(DocumentKind.BIRTH_CERTIFICATE);
		assertThat(DocumentKind.of("TRICH LUC KHAI SINH")).contains(DocumentKind.BIRTH_CERTIFICATE);
		assertThat(DocumentKind.of("Giấy chứng nhận kết hôn")).contains(DocumentKind.MARRIAGE_CERTIFICATE);
		assertThat(DocumentKind.of("Trích lục kết hôn")).contains(DocumentKind.MARRIAGE_CERTIFICATE);
	}

	@Test
	void aDeclarationOrANameOfTwoKindsHasNone() {
		assertThat(DocumentKind.of("Tờ khai đăng ký khai sinh theo mẫu")).isEmpty();
		assertThat(DocumentKind.of("Giấy chứng sinh")).isEmpty();
		assertThat(DocumentKind.of("Giấy khai sinh và hộ chiếu của người con")).isEmpty();
	}

	@Test
	void theSameKindIsTheSameNameOrTheSameOneRecognisedKind() {
		assertThat(DocumentKind.same(IDENTITY_MARRIAGE, IDENTITY_COPY)).isTrue();
		assertThat(DocumentKind.same(IDENTITY_COPY, "hộ chiếu")).isTrue();
		assertThat(DocumentKind.same("Tờ khai đăng ký kết hôn", "to khai dang ky ket hon")).isTrue();
		// different kinds, or names without one
		assertThat(DocumentKind.same(IDENTITY_COPY, "Giấy khai sinh")).isFalse();
		assertThat(DocumentKind.same("Tờ khai đăng ký kết hôn", "Tờ khai đăng ký khai sinh")).isFalse();
		assertThat(DocumentKind.same("Giấy chứng sinh", IDENTITY_COPY)).isFalse();
		assertThat(DocumentKind.same(IDENTITY_COPY, "Giấy chứng sinh")).isFalse();
		assertThat(DocumentKind.same("Giấy khai sinh và hộ chiếu", "Hộ chiếu và giấy khai sinh")).isFalse();
	}

}
