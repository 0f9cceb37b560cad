package vn.motcua.catalogue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.TestActor;
import vn.motcua.catalogue.forms.SampleFormFiles;
import vn.motcua.catalogue.procedures.CatalogueEditors;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.portal.settings.SiteSettingsStore;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the whole province shares has an owner: a commune's administrator changes neither the
 * province's procedure catalogue nor the portal's general information, nor does a commune's editor.
 */
@MotCuaTest
class SharedDataOwnersIntegrationTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

	@Autowired
	CatalogueEditors editors;

	@Autowired
	SampleFormFiles forms;

	@Autowired
	SiteSettingsStore settings;

	@Autowired
	OrganizationManagement organization;

	@Test
	void onlyTheProvincesAdministratorsChangeTheCatalogue() {
		Actor commune = TestActor.of("quantri.xa", unitOf("000.41.00.H55"), Role.ADMIN);
		Actor province = TestActor.of("quantri.tinh", unitOf("000.00.00.H55"), Role.ADMIN);

		assertThatThrownBy(() -> this.editors.require(commune)).isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("catalogue-province-only");
		assertThatThrownBy(() -> this.forms.attach("1.001193", 1, "mau.pdf", 4,
				new ByteArrayInputStream("%PDF".getBytes()), commune))
			.extracting("code")
			.isEqualTo("catalogue-province-only");
		assertThatThrownBy(() -> this.editors.require(TestActor.of("xa", unitOf("000.41.00.H55"), Role.SPECIALIST)))
			.extracting("code")
			.isEqualTo("forbidden");
		assertThatNoException().isThrownBy(() -> this.editors.require(province));
		assertThatNoException().isThrownBy(() -> this.editors.require(TestActor.of("admin", null, Role.ADMIN)));
	}

	@Test
	void theSiteSettingsBelongToTheUnitThatOwnsThePortal() {
		var before = this.settings.current();
		for (Role role : new Role[] { Role.ADMIN, Role.PORTAL_EDITOR }) {
			Actor commune = TestActor.of("xa", unitOf("000.41.00.H55"), role);
			assertThatThrownBy(() -> this.settings.update(before, commune)).isInstanceOf(DomainException.class)
				.extracting("code")
				.isEqualTo("site-settings-owner-only");
		}
		assertThat(this.settings.current()).isEqualTo(before);
	}

	private UUID unitOf(String agencyCode) {
		return this.organization.agencyOn(agencyCode, TODAY).orElseThrow().unitId();
	}

}
