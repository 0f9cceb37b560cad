package vn.motcua;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules Spring Modulith does not check. */
class ArchitectureTests {

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.motcua");

	@Test
	void timeComesOnlyFromTheInjectedClock() {
		ArchRule rule = noClasses().should()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalTime.class, "now")
			.orShould()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.orShould()
			.callMethod(Clock.class, "systemUTC")
			.orShould()
			.callMethod(Clock.class, "systemDefaultZone")
			.because("deadlines must be testable on any date: inject the Clock bean");
		rule.check(PRODUCTION);
	}

	@Test
	void domainPackagesAreFreeOfSpringBeyondSpringDataMapping() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat(resideInAPackage("org.springframework..")
				.and(not(resideInAnyPackage("org.springframework.data.annotation..",
						"org.springframework.data.repository..", "org.springframework.data.relational.core.mapping..",
						"org.springframework.data.jdbc.repository.."))
					// the member types of Spring Data JDBC's @Query
					.and(not(belongToAnyOf(RowMapper.class, ResultSetExtractor.class))))
				.as("Spring beyond Spring Data mapping annotations and repository interfaces"))
			.because("business rules are plain Java, unit-tested without a Spring context")
			.check(PRODUCTION);
	}

	@Test
	void noLayerBucketPackages() {
		noClasses().should()
			.resideInAnyPackage("..service..", "..util..", "..dto..", "..impl..")
			.because("modules are cut by capability, not by technical layer")
			.check(PRODUCTION);
	}

	/**
	 * A module's root package is its contract: what another module uses, or a record (an event, a
	 * view other modules read). Use cases, controllers and SQL live in the module's sub-packages.
	 */
	@ParameterizedTest
	@MethodSource("vn.motcua.ModuleNames#all")
	void aPublicTypeInAModuleRootIsUsedByAnotherModuleOrIsARecord(String module) {
		String root = "vn.motcua." + module;
		List<String> notContract = PRODUCTION.stream()
			.filter(type -> type.getPackageName().equals(root) && type.isTopLevelClass()
					&& type.getModifiers().contains(JavaModifier.PUBLIC) && !type.isRecord())
			.filter(type -> type.getDirectDependenciesToSelf()
				.stream()
				.noneMatch(dependency -> !ModuleNames.inModule(dependency.getOriginClass().getPackageName(), root)))
			.map(JavaClass::getSimpleName)
			.sorted()
			.toList();
		assertThat(notContract).as("public types of %s that no other module uses", root).isEmpty();
	}

}
