package vn.motcua.dossier.online;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.BirthDeclaration;
import vn.motcua.dossier.domain.BirthDeclaration.Parent;
import vn.motcua.dossier.domain.BirthDeclaration.Person;

/**
 * The birth declaration as the page's form fields ({@code child.fullName}, {@code mother.birthYear},
 * …): read from what was typed, and written back so that nothing typed is lost.
 */
final class DeclarationForm {

	private DeclarationForm() {
	}

	static BirthDeclaration read(Map<String, String> form) {
		Person child = new Person(v(form, "child.fullName"), v(form, "child.sex"), date(v(form, "child.birthDate")),
				v(form, "child.birthPlace"), v(form, "child.homeTown"), v(form, "child.ethnicity"),
				v(form, "child.nationality"));
		return new BirthDeclaration(child, parent(form, "mother"), parent(form, "father"), v(form, "relation"));
	}

	/** @return the fields of a declaration, or the defaults of a new one (Vietnamese nationality, Kinh). */
	static Map<String, String> write(@Nullable BirthDeclaration d) {
		Map<String, String> form = new LinkedHashMap<>();
		if (d == null) {
			for (String who : new String[] { "child", "mother", "father" }) {
				form.put(who + ".nationality", "Việt Nam");
				form.put(who + ".ethnicity", "Kinh");
			}
			return form;
		}
		Person c = d.child();
		form.put("child.fullName", c.fullName());
		form.put("child.sex", c.sex());
		form.put("child.birthDate", c.birthDate() == null ? "" : c.birthDate().toString());
		form.put("child.birthPlace", c.birthPlace());
		form.put("child.homeTown", c.homeTown());
		form.put("child.ethnicity", c.ethnicity());
		form.put("child.nationality", c.nationality());
		put(form, "mother", d.mother());
		put(form, "father", d.father());
		form.put("relation", d.relation());
		return form;
	}

	private static void put(Map<String, String> form, String who, @Nullable Parent p) {
		if (p != null) {
			form.put(who + ".fullName", p.fullName());
			form.put(who + ".birthYear", p.birthYear() == null ? "" : String.valueOf(p.birthYear()));
			form.put(who + ".ethnicity", p.ethnicity());
			form.put(who + ".nationality", p.nationality());
			form.put(who + ".residence", p.residence());
		}
	}

	private static Parent parent(Map<String, String> form, String who) {
		return new Parent(v(form, who + ".fullName"), year(v(form, who + ".birthYear")), v(form, who + ".ethnicity"),
				v(form, who + ".nationality"), v(form, who + ".residence"));
	}

	private static String v(Map<String, String> form, String name) {
		String value = form.get(name);
		return value == null ? "" : value.strip();
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return text.isEmpty() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A year that is not a number is kept as 0, which no check lets through. */
	private static @Nullable Integer year(String text) {
		if (text.isEmpty()) {
			return null;
		}
		return text.matches("\\d{1,4}") ? Integer.valueOf(text) : 0;
	}

}
