package vn.motcua.planning.plans;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.TextFolding;
import vn.motcua.shared.Vietnam;

/**
 * A plan created from the workbook units keep ({@link PlanWorkbook}): units named by code or name;
 * a wrong row is named ({@code Dòng 5, cột «Đơn vị chủ trì»}) and nothing is created.
 */
@Service
public class PlanImport {

	private static final Pattern TASK_FIELD = Pattern.compile("tasks\\[(\\d+)]\\.(\\w+)");

	private static final Map<String, String> COLUMNS = Map.of("title", PlanWorkbook.TITLES.get(1), "leadUnit",
			PlanWorkbook.TITLES.get(2), "supportUnits", PlanWorkbook.TITLES.get(3), "dueDate", PlanWorkbook.TITLES.get(5));

	private final Plans plans;

	private final OrganizationManagement organization;

	private final Clock clock;

	PlanImport(Plans plans, OrganizationManagement organization, Clock clock) {
		this.plans = plans;
		this.organization = organization;
		this.clock = clock;
	}

	/** @param header the plan's year, kind, number, date, title, basis and goals; its tasks come from the workbook. */
	@Transactional
	public UUID create(Plan.Request header, InputStream excel, Actor actor) throws IOException {
		if (header.year() == null) {
			throw new FieldInvalid("year", "validation.range", 2000, 2100);
		}
		List<Plan.Row> rows = PlanWorkbook.read(excel, header.year(), names(actor));
		if (rows.isEmpty()) {
			throw new FieldInvalid("file", "validation.plan-empty");
		}
		try {
			return this.plans.create(new Plan.Request(header.year(), header.kind(), header.number(), header.issuedOn(),
					header.title(), header.legalBasis(), header.goals(), rows, null), actor);
		}
		catch (FieldInvalid ex) {
			Matcher m = TASK_FIELD.matcher(ex.field());
			if (!m.matches()) {
				throw ex;
			}
			throw new FieldInvalid("Dòng " + (Integer.parseInt(m.group(1)) + 1) + ", cột «"
					+ COLUMNS.getOrDefault(m.group(2), m.group(2)) + "»", ex.fieldMessageKey(), ex.fieldArgs());
		}
	}

	/** @return what turns a cell naming a unit or a department (code or name, folded) into its code. */
	private java.util.function.UnaryOperator<String> names(Actor actor) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
		UnitScope scope = this.organization.scopeOf(actor);
		Map<String, String> codes = new java.util.HashMap<>();
		for (UnitView u : this.organization.unitsOn(today, null)) {
			if (scope.contains(u.id())) {
				codes.put(TextFolding.fold(u.name()), u.code());
				for (AgencyView a : this.organization.agenciesOn(today, u.code())) {
					codes.putIfAbsent(TextFolding.fold(a.name()), a.code());
				}
			}
		}
		return cell -> {
			String folded = TextFolding.fold(cell);
			return codes.entrySet().stream()
				.filter(e -> folded.equals(e.getKey()) || folded.endsWith(" " + e.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(cell);
		};
	}

}
