package vn.motcua.dossier.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.motcua.shared.TextFolding;

/**
 * Kinds of paper that the national catalogue names differently from one procedure to another: the
 * identity paper is «Giấy tờ tùy thân (hộ chiếu/thẻ Căn cước…)» in one and «Căn cước điện tử hoặc
 * … hộ chiếu còn giá trị» in the next. A document of the citizen's data store is offered first, as
 * of the same kind, for a required document of the same name or of the same recognised kind. Local
 * practice, not law: the catalogue gives no code per document, so the kinds are read from the names
 * (diacritics and case aside); a name of two kinds, or of none, is matched by its whole name only.
 */
public enum DocumentKind {

	/** Căn cước, hộ chiếu, giấy tờ tùy thân, chứng minh nhân dân. */
	IDENTITY("giay to tuy than", "can cuoc", "ho chieu", "chung minh nhan dan"),

	/** Giấy tờ chứng minh nơi cư trú. */
	RESIDENCE("noi cu tru"),

	/** Giấy khai sinh, its extract. */
	BIRTH_CERTIFICATE("giay khai sinh", "trich luc khai sinh"),

	/** Giấy chứng nhận kết hôn, its extract. */
	MARRIAGE_CERTIFICATE("giay chung nhan ket hon", "trich luc ket hon");

	private final List<String> words;

	DocumentKind(String... words) {
		this.words = List.of(words);
	}

	/** @return the one kind the name says, if it says exactly one. */
	public static Optional<DocumentKind> of(String name) {
		String folded = TextFolding.fold(name);
		List<DocumentKind> said = Arrays.stream(values()).filter(k -> k.words.stream().anyMatch(folded::contains)).toList();
		return said.size() == 1 ? Optional.of(said.get(0)) : Optional.empty();
	}

	/** @return whether two documents are of the same kind: the same name, or the same one recognised kind. */
	public static boolean same(String name, String other) {
		Optional<DocumentKind> kind = of(name);
		return TextFolding.fold(name).equals(TextFolding.fold(other)) || kind.isPresent() && kind.equals(of(other));
	}

}
