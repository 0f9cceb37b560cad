package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.ReadsFromReplica;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;

/**
 * On-time statistics for leaders: the II.06a figures of a selection, broken down by sub-unit,
 * procedure, field and month, and the dashboard that shows them all.
 */
@Service
@ReadsFromReplica
@Transactional(readOnly = true)
public class Breakdowns {

	private final Tallies tallies;

	private final SubUnits subUnits;

	private final CatalogueManagement catalogue;

	private final Questions questions;

	Breakdowns(Tallies tallies, SubUnits subUnits, CatalogueManagement catalogue, Questions questions) {
		this.tallies = tallies;
		this.subUnits = subUnits;
		this.catalogue = catalogue;
		this.questions = questions;
	}

	/** @return the II.06a figures of the selection. */
	public DossierCounts counts(Selection s) {
		return tallies(s, By.TOTAL).getOrDefault("", new Tally()).counts();
	}

	/**
	 * @return one line per unit directly below the selected one (with everything below it), and
	 * one for the selected unit's own agencies when they have figures; ranked by on-time rate.
	 */
	public List<Line> bySubUnit(Selection s) {
		return this.subUnits.lines(s, tallies(s, By.UNIT));
	}

	/**
	 * @param selections periods of one unit, such as a month and its year to date.
	 * @return per selection, in order, its figures and its lines by sub-unit: one grouping by unit
	 * answers both, and a moment the periods share is counted once.
	 */
	public List<Summary> summaries(List<Selection> selections) {
		List<Map<String, Tally>> perUnit = this.tallies.of(selections, By.UNIT);
		List<Summary> summaries = new ArrayList<>();
		for (int i = 0; i < selections.size(); i++) {
			Tally total = new Tally();
			perUnit.get(i).values().forEach(total::add);
			summaries.add(new Summary(total.counts(), this.subUnits.lines(selections.get(i), perUnit.get(i))));
		}
		return summaries;
	}

	/** @return one line per procedure with figures, by field and name; the detail is the field. */
	public List<Line> byProcedure(Selection s) {
		return Lines.byProcedure(tallies(s, By.PROCEDURE), procedures(s.to()));
	}

	/** @return one line per field (lĩnh vực) with figures, by name: the rows of report II.06a. */
	public List<Line> byField(Selection s) {
		return Lines.byField(tallies(s, By.PROCEDURE), procedures(s.to()));
	}

	/** @return received and resolved per month of the period up to today (pending is not split by month). */
	public List<Line> byMonth(Selection s) {
		LocalDate today = this.questions.today();
		return Lines.byMonth(tallies(s, By.MONTH), s.from(), s.to().isAfter(today) ? today : s.to());
	}

	/** @return the dashboard, from one question to the rollups by unit and procedure and one by month. */
	public Dashboard dashboard(Selection s) {
		Map<String, Tally> perUnit = new HashMap<>();
		Map<String, Tally> perProcedure = new HashMap<>();
		Tally total = new Tally();
		tallies(s, By.UNIT_AND_PROCEDURE).forEach((key, tally) -> {
			int space = key.indexOf(' ');
			perUnit.computeIfAbsent(key.substring(0, space), k -> new Tally()).add(tally);
			perProcedure.computeIfAbsent(key.substring(space + 1), k -> new Tally()).add(tally);
			total.add(tally);
		});
		Map<String, ProcedureView> procedures = procedures(s.to());
		return new Dashboard(total.counts(), this.subUnits.lines(s, perUnit), Lines.byField(perProcedure, procedures),
				Lines.byProcedure(perProcedure, procedures), byMonth(s));
	}

	private Map<String, Tally> tallies(Selection s, By by) {
		return this.tallies.of(List.of(s), by).get(0);
	}

	private Map<String, ProcedureView> procedures(LocalDate date) {
		Map<String, ProcedureView> byCode = new HashMap<>();
		this.catalogue.search(null, date).forEach(p -> byCode.put(p.code(), p));
		return byCode;
	}

}
