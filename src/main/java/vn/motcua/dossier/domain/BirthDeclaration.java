package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The electronic birth-registration declaration (tờ khai đăng ký khai sinh) typed in the online
 * wizard: the particulars the Civil Status Law (60/2014/QH13) Art. 14 requires of a birth
 * registration — the child's full name, sex, date and place of birth, home town, ethnicity and
 * nationality; each parent's full name, year of birth, ethnicity, nationality and residence — and
 * the declarant's relation to the child (the declarant is the submission's applicant).
 */
public record BirthDeclaration(Person child, @Nullable Parent mother, @Nullable Parent father, String relation) {

	/** The child: every field required. */
	public record Person(String fullName, String sex, @Nullable LocalDate birthDate, String birthPlace,
			String homeTown, String ethnicity, String nationality) {
	}

	/** A parent, as far as known. */
	public record Parent(String fullName, @Nullable Integer birthYear, String ethnicity, String nationality,
			String residence) {

		boolean blank() {
			return this.fullName.isBlank() && this.birthYear == null && this.residence.isBlank();
		}

	}

	/** The sexes the declaration offers. */
	public static final List<String> SEXES = List.of("Nam", "Nữ");

	/**
	 * What is missing or wrong, field by field, as message keys; empty when the declaration can be
	 * printed. At least one parent must be named (a child of unknown father is registered with the
	 * mother's particulars, and conversely).
	 * @param today the day it is checked on: no birth after it.
	 */
	public Map<String, String> problems(LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		required(problems, "child.fullName", this.child.fullName());
		if (!SEXES.contains(this.child.sex())) {
			problems.put("child.sex", "validation.required");
		}
		if (this.child.birthDate() == null) {
			problems.put("child.birthDate", "validation.required");
		}
		else if (this.child.birthDate().isAfter(today)) {
			problems.put("child.birthDate", "declaration.birthDate-future");
		}
		required(problems, "child.birthPlace", this.child.birthPlace());
		required(problems, "child.homeTown", this.child.homeTown());
		required(problems, "child.ethnicity", this.child.ethnicity());
		required(problems, "child.nationality", this.child.nationality());
		boolean noMother = this.mother == null || this.mother.blank();
		boolean noFather = this.father == null || this.father.blank();
		if (noMother && noFather) {
			problems.put("mother.fullName", "declaration.parent-required");
		}
		parent(problems, "mother", noMother ? null : this.mother, today);
		parent(problems, "father", noFather ? null : this.father, today);
		required(problems, "relation", this.relation);
		return problems;
	}

	private void parent(Map<String, String> problems, String prefix, @Nullable Parent parent, LocalDate today) {
		if (parent == null) {
			return;
		}
		required(problems, prefix + ".fullName", parent.fullName());
		Integer year = parent.birthYear();
		LocalDate born = this.child.birthDate();
		if (year == null) {
			problems.put(prefix + ".birthYear", "validation.required");
		}
		else if (year < today.getYear() - 100 || year > (born == null ? today : born).getYear() - 10) {
			problems.put(prefix + ".birthYear", "declaration.birthYear-implausible");
		}
		required(problems, prefix + ".ethnicity", parent.ethnicity());
		required(problems, prefix + ".nationality", parent.nationality());
		required(problems, prefix + ".residence", parent.residence());
	}

	private static void required(Map<String, String> problems, String field, String value) {
		if (value.isBlank()) {
			problems.put(field, "validation.required");
		}
	}

}
