package vn.motcua.parindex.assessment;

import java.util.HashMap;
import java.util.Map;

import vn.motcua.parindex.domain.CriteriaInvalid;

/**
 * The scores and notes of a page's form: fields {@code score:<code>} (a number, a comma or a point
 * as the decimal mark; empty leaves the leaf as it is) and {@code <prefix><code>}.
 */
record ScoreForm(Map<String, Double> scores, Map<String, String> notes) {

	/** @throws CriteriaInvalid {@code score-not-a-number} naming the first leaf whose score is not a number. */
	static ScoreForm parse(Map<String, String> form, String notePrefix) {
		Map<String, Double> scores = new HashMap<>();
		Map<String, String> notes = new HashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("score:") && !value.isBlank()) {
				String code = key.substring("score:".length());
				try {
					scores.put(code, Double.valueOf(value.strip().replace(',', '.')));
				}
				catch (NumberFormatException ex) {
					throw new CriteriaInvalid(code, "score-not-a-number");
				}
			}
			else if (key.startsWith(notePrefix) && !value.isBlank()) {
				notes.put(key.substring(notePrefix.length()), value.strip());
			}
		});
		return new ScoreForm(scores, notes);
	}

}
