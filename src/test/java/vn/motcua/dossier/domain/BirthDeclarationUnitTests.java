package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.BirthDeclaration.Parent;
import vn.motcua.dossier.domain.BirthDeclaration.Person;

import static org.assertj.core.api.Assertions.assertThat;

/** The electronic birth declaration: the particulars of the Civil Status Law Art. 14, checked field by field. */
class BirthDeclarationUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static final Person CHILD = new Person("Lương Minh An", "Nam", LocalDate.of(2026, 11, 20),
			"Trạm y tế xã Phú Lương, tỉnh Thái Nguyên", "xã Phú Lương, tỉnh Thái Nguyên", "Kinh", "Việt Nam");

	private static final Parent MOTHER = new Parent("Lương Thị Hoa", 1998, "Kinh", "Việt Nam",
			"Xóm Đồng Kem, xã Phú Lương");

	private static final Parent NONE = new Parent("", null, "Kinh", "Việt Nam", "");

	static BirthDeclaration complete() {
		return new BirthDeclaration(CHILD, MOTHER, new Parent("Đỗ Văn Bình", 1995, "Tày", "Việt Nam", "xã Phú Lương"),
				"Mẹ");
	}

	@Test
	void aCompleteDeclarationHasNoProblem() {
		assertThat(complete().problems(TODAY)).isEmpty();
	}

	@Test
	void aChildOfUnknownFatherIsDeclaredWithTheMothersParticularsOnly() {
		assertThat(new BirthDeclaration(CHILD, MOTHER, NONE, "Mẹ").problems(TODAY)).isEmpty();
		assertThat(new BirthDeclaration(CHILD, MOTHER, null, "Mẹ").problems(TODAY)).isEmpty();
	}

	@Test
	void atLeastOneParentIsNamed() {
		assertThat(new BirthDeclaration(CHILD, NONE, NONE, "Bà").problems(TODAY))
			.containsEntry("mother.fullName", "declaration.parent-required");
	}

	@Test
	void everyParticularOfTheChildIsRequired() {
		Person blank = new Person(" ", "?", null, "", "", "", "");
		assertThat(new BirthDeclaration(blank, MOTHER, null, "").problems(TODAY)).containsOnlyKeys("child.fullName",
				"child.sex", "child.birthDate", "child.birthPlace", "child.homeTown", "child.ethnicity",
				"child.nationality", "relation");
	}

	@Test
	void aBirthAfterTodayAndAnImplausibleParentsYearAreRefused() {
		Person tomorrow = new Person("An", "Nữ", TODAY.plusDays(1), "Thái Nguyên", "Thái Nguyên", "Kinh", "Việt Nam");
		assertThat(new BirthDeclaration(tomorrow, MOTHER, null, "Mẹ").problems(TODAY))
			.containsExactly(Map.entry("child.birthDate", "declaration.birthDate-future"));

		Parent child = new Parent("Lương Thị Hoa", 2020, "Kinh", "Việt Nam", "Phú Lương");
		Parent ancient = new Parent("Lương Thị Hoa", 1900, "Kinh", "Việt Nam", "Phú Lương");
		Parent unreadable = new Parent("Lương Thị Hoa", 0, "Kinh", "Việt Nam", "Phú Lương");
		for (Parent mother : new Parent[] { child, ancient, unreadable }) {
			assertThat(new BirthDeclaration(CHILD, mother, null, "Mẹ").problems(TODAY))
				.containsExactly(Map.entry("mother.birthYear", "declaration.birthYear-implausible"));
		}
		Parent tenYearsOlder = new Parent("Lương Thị Hoa", 2016, "Kinh", "Việt Nam", "Phú Lương");
		assertThat(new BirthDeclaration(CHILD, tenYearsOlder, null, "Mẹ").problems(TODAY)).isEmpty();
	}

	@Test
	void aNamedParentGivesEveryParticular() {
		Parent partly = new Parent("Đỗ Văn Bình", null, "", "", "");
		assertThat(new BirthDeclaration(CHILD, MOTHER, partly, "Mẹ").problems(TODAY)).containsOnlyKeys("father.birthYear",
				"father.ethnicity", "father.nationality", "father.residence");
	}

}
