package vn.motcua.dossier.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the desk counts at the counter: 0 to 99 originals and copies; only what was handed in is kept. */
class HandedDocumentUnitTests {

	@Test
	void countsFromNoneToNinetyNineAreAccepted() {
		assertThat(new HandedDocument(1, "Tờ khai", 0, 0).handedIn()).isFalse();
		assertThat(new HandedDocument(1, "Tờ khai", 1, 0).handedIn()).isTrue();
		assertThat(new HandedDocument(1, "Tờ khai", 0, 1).handedIn()).isTrue();
		assertThat(new HandedDocument(1, "Tờ khai", 99, 99).copies()).isEqualTo(99);
	}

	@Test
	void negativeOrAbsurdCountsAreRefused() {
		assertThatThrownBy(() -> new HandedDocument(1, "Tờ khai", -1, 0)).hasMessage("handed-count-invalid [Tờ khai]");
		assertThatThrownBy(() -> new HandedDocument(1, "Tờ khai", 0, -1)).hasMessageStartingWith("handed-count-invalid");
		assertThatThrownBy(() -> new HandedDocument(1, "Tờ khai", 100, 0)).hasMessageStartingWith("handed-count-invalid");
		assertThatThrownBy(() -> new HandedDocument(1, "Tờ khai", 0, 100)).hasMessageStartingWith("handed-count-invalid");
	}

	@Test
	void onlyWhatWasHandedInIsKeptInOrder() {
		List<HandedDocument> typed = List.of(new HandedDocument(1, "Tờ khai", 1, 0),
				new HandedDocument(2, "Giấy ủy quyền", 0, 0), new HandedDocument(3, "Sổ đỏ", 0, 2));

		assertThat(HandedDocument.kept(typed)).extracting(HandedDocument::position).containsExactly(1, 3);
	}

}
