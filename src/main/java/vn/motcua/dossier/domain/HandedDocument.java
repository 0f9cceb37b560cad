package vn.motcua.dossier.domain;

import java.util.List;

import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * A document actually handed in at the counter, against a required document of the procedure:
 * how many originals and copies (printed on form 01).
 *
 * @param position the required document's number in the procedure, from 1.
 */
public record HandedDocument(int position, String name, int originals, int copies) {

	/** At most this many sheets of one document: a typing slip, not a real dossier. */
	static final int MAX_COUNT = 99;

	/** @throws DomainException {@code handed-count-invalid} for a count below 0 or above {@value #MAX_COUNT}. */
	public HandedDocument {
		if (originals < 0 || copies < 0 || originals > MAX_COUNT || copies > MAX_COUNT) {
			throw new DomainException(Kind.INVALID, "handed-count-invalid", name);
		}
	}

	/** @return whether anything of it was handed in. */
	public boolean handedIn() {
		return this.originals + this.copies > 0;
	}

	/** @return the documents of which something was handed in, in their order; never {@literal null}. */
	public static List<HandedDocument> kept(List<HandedDocument> documents) {
		return documents.stream().filter(HandedDocument::handedIn).toList();
	}

}
