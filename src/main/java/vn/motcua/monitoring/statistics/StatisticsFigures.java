package vn.motcua.monitoring.statistics;

import java.time.LocalDate;

import vn.motcua.monitoring.UnitFigures;
import vn.motcua.shared.Actor;

import org.springframework.stereotype.Service;

/** {@link UnitFigures} from the same selection and counts as the statistics API. */
@Service
class StatisticsFigures implements UnitFigures {

	private final Questions questions;

	private final Breakdowns breakdowns;

	StatisticsFigures(Questions questions, Breakdowns breakdowns) {
		this.questions = questions;
		this.breakdowns = breakdowns;
	}

	@Override
	public Figures of(String unitCode, LocalDate from, LocalDate to) {
		DossierCounts c = this.breakdowns.counts(this.questions.select(Actor.system(), unitCode, from, to, false));
		long received = c.received().online() + c.received().direct();
		Double onlineShare = received == 0 ? null : Math.round(c.received().online() * 1000.0 / received) / 10.0;
		return new Figures(received, c.received().online(), c.resolved().total(), c.onTimeRate(), onlineShare);
	}

}
