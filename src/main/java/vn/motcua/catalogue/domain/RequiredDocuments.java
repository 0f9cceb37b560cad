package vn.motcua.catalogue.domain;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.shared.TextFolding;

/**
 * The required documents as officials type them, one a line or separated by semicolons: «bản
 * chính» in a name asks for an original, «chứng thực» for a certified copy, «bản sao» (not
 * certified) for a photocopy.
 */
public final class RequiredDocuments {

	private RequiredDocuments() {
	}

	/** @return the documents, numbered in order; never {@literal null}. */
	public static List<RequiredDocument> parse(String text) {
		List<RequiredDocument> documents = new ArrayList<>();
		for (String part : text.split("[;\\n]")) {
			String name = part.strip();
			if (!name.isEmpty()) {
				String folded = TextFolding.fold(name);
				documents.add(new RequiredDocument(documents.size() + 1, name, folded.contains("ban chinh") ? 1 : 0,
						folded.contains("chung thuc") ? 1 : 0,
						folded.contains("ban sao") && !folded.contains("chung thuc") ? 1 : 0));
			}
		}
		return documents;
	}

}
