package vn.motcua.planning.reports;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.planning.domain.ReportPeriod;
import vn.motcua.planning.domain.Submission;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;

/** The register of periodic reports: who sent on time, late or not at all, within the reader's sight. */
@Service
public class Register {

	private final Reports reports;

	private final ReportLines lines;

	Register(Reports reports, ReportLines lines) {
		this.reports = reports;
		this.lines = lines;
	}

	/** What the register asks for: a period's code, a state ({@link Submission} name); each may be absent. */
	public record Filter(@Nullable String period, @Nullable String status) {
	}

	/**
	 * @return the reports in the actor's sight, by due day then unit.
	 * @throws FieldInvalid {@code period}, {@code status} when not one.
	 */
	@Transactional
	public List<ReportLine> register(Filter f, Actor actor) {
		LocalDate today = this.reports.today();
		this.reports.open(today);
		String period = f.period() == null || f.period().isBlank() ? null : ReportPeriod.parse(f.period()).code();
		Submission status = parseStatus(f.status());
		return this.lines.lines(period == null ? "true" : "r.period = ?", period, actor, today).stream()
			.filter(l -> status == null || l.status() == status)
			.toList();
	}

	private static @Nullable Submission parseStatus(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		for (Submission s : Submission.values()) {
			if (s.name().equals(status.strip())) {
				return s;
			}
		}
		throw new FieldInvalid("status", "validation.task-status", status);
	}

}
