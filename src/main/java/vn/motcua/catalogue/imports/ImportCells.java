package vn.motcua.catalogue.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.TextFolding;

/** The cells of one row of an import file, read one by one, adding an error for each that is wrong. */
final class ImportCells {

	private final ImportLine line;

	private final List<RowError> errors;

	private final int before;

	ImportCells(ImportLine line, List<RowError> errors) {
		this.line = line;
		this.errors = errors;
		this.before = errors.size();
	}

	String required(String key) {
		String value = this.line.text(key);
		if (value.isBlank()) {
			error(key, "Ô «" + ImportColumns.title(key) + "» không được để trống.");
		}
		return value;
	}

	/** @param blank what an empty cell means, {@literal null} when it must be filled. */
	<T> @Nullable T choice(String key, Map<String, T> choices, @Nullable T blank, String message) {
		String folded = TextFolding.fold(this.line.text(key));
		T value = folded.isEmpty() && blank != null ? blank : choices.get(folded);
		if (value == null) {
			error(key, message);
		}
		return value;
	}

	/** @return the choices of a cell listing several, separated by semicolons; none for an empty cell. */
	<T> Set<T> choices(String key, Map<String, T> choices, String message) {
		Set<T> values = new HashSet<>();
		for (String item : this.line.text(key).split(";")) {
			String folded = TextFolding.fold(item.strip());
			T value = choices.get(folded);
			if (value != null) {
				values.add(value);
			}
			else if (!folded.isEmpty()) {
				error(key, message);
			}
		}
		return values;
	}

	@Nullable Integer number(String key, String text, int min, int max, String message) {
		Integer value = parse(text);
		if (value == null || value < min || value > max) {
			error(key, message);
		}
		return value;
	}

	boolean failed() {
		return this.errors.size() > this.before;
	}

	private void error(String key, String message) {
		this.errors.add(new RowError(this.line.number(), ImportColumns.title(key), message));
	}

	private static @Nullable Integer parse(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
