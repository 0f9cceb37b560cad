package vn.motcua.organization.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;
import vn.motcua.organization.agencies.AgencyAdministration;
import vn.motcua.organization.domain.AdministrativeUnit.UnitDetails;
import vn.motcua.organization.domain.Agency.AgencyDetails;
import vn.motcua.organization.units.UnitAdministration;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Csv;
import vn.motcua.shared.Texts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: Thái Nguyên province, Phú Lương district and its communes in every era (from
 * {@code seed/phu-luong-units.csv}), the 2025 mergers, and their agencies. Runs once: nothing
 * happens when units exist.
 */
@Component
@Profile("demo")
@Order(10)
class DemoOrganization implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	private static final LocalDate BEFORE_RECORDS = LocalDate.of(2000, 1, 1);

	private final UnitAdministration units;

	private final AgencyAdministration agencies;

	private final OrganizationManagement organization;

	private final JdbcClient jdbc;

	DemoOrganization(UnitAdministration units, AgencyAdministration agencies, OrganizationManagement organization,
			JdbcClient jdbc) {
		this.units = units;
		this.agencies = agencies;
		this.organization = organization;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from organization_unit").query(Long.class).single() > 0) {
			return;
		}
		seedUnits();
		seedSuccessions();
		int agencies = seedAgencies();
		log.info("Demo district seeded: {} units, {} agencies", this.organization.allUnits().size(), agencies);
	}

	private void seedUnits() {
		for (Map<String, String> row : seed("phu-luong-units.csv")) {
			LocalDate from = date(row.get("valid_from"));
			UUID parent = row.get("parent_code").isEmpty() ? null
					: unitOn(row.get("parent_code"), from == null ? BEFORE_RECORDS : from);
			this.units.createUnit(new UnitDetails(row.get("code"), row.get("name"),
					UnitType.valueOf(row.get("type").toUpperCase(Locale.ROOT)), parent, from, date(row.get("valid_to")),
					Texts.blankToNull(row.get("note"))), Actor.system());
		}
	}

	private void seedSuccessions() {
		for (Map<String, String> row : seed("phu-luong-successions.csv")) {
			LocalDate from = LocalDate.parse(row.get("successor_from"));
			this.units.recordSuccession(unitOn(row.get("predecessor_code"), from.minusDays(1)),
					unitOn(row.get("successor_code"), from), Actor.system());
		}
	}

	private int seedAgencies() {
		int agencies = 0;
		for (Map<String, String> row : seed("phu-luong-agencies.csv")) {
			UnitView unit = this.organization.unitOn(row.get("unit_code"), LocalDate.parse(row.get("unit_on")))
				.orElseThrow();
			UUID parent = row.get("parent_code").isEmpty() ? null
					: this.organization.latestAgencyWithCode(row.get("parent_code")).orElseThrow().id();
			this.agencies.createAgency(new AgencyDetails(row.get("code"), row.get("name"),
					AgencyKind.valueOf(row.get("kind")), unit.id(), parent, Texts.blankToNull(row.get("address")),
					Texts.blankToNull(row.get("phone")), Texts.blankToNull(row.get("email")), unit.validFrom(),
					unit.validTo()), Actor.system());
			agencies++;
		}
		return agencies;
	}

	private UUID unitOn(String code, LocalDate date) {
		return this.organization.unitOn(code, date)
			.orElseThrow(() -> new IllegalStateException("seed: no unit " + code + " on " + date))
			.id();
	}

	private static List<Map<String, String>> seed(String name) {
		return Csv.read(DemoOrganization.class.getResourceAsStream("/seed/" + name));
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		return text == null || text.isEmpty() ? null : LocalDate.parse(text);
	}

}
