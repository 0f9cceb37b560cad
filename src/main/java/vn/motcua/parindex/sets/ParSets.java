package vn.motcua.parindex.sets;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.domain.CriteriaInvalid;
import vn.motcua.parindex.domain.CriteriaTree;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Criteria sets: recorded whole by the committee, read by everyone the set concerns. */
@Service
@Transactional
public class ParSets {

	private final JdbcClient jdbc;

	private final SetRows rows;

	private final OrganizationManagement organization;

	private final ParAccess access;

	private final Clock clock;

	ParSets(JdbcClient jdbc, SetRows rows, OrganizationManagement organization, ParAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.organization = organization;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * @return the new set's id.
	 * @throws CriteriaInvalid naming the node that breaks a rule; DomainException {@code unit-not-found},
	 * {@code forbidden} (not the issuer's committee), {@code par-unit-outside-issuer}.
	 */
	public UUID create(SetRequest request, Actor actor) {
		LocalDate from = request.periodFrom() != null ? request.periodFrom() : LocalDate.of(request.year(), 1, 1);
		LocalDate to = request.periodTo() != null ? request.periodTo() : LocalDate.of(request.year(), 12, 31);
		if (from.isAfter(to)) {
			throw new CriteriaInvalid("periodFrom", "period-reversed");
		}
		UnitView issuer = unit(request.issuerUnit(), to);
		this.access.requireCommittee(actor, issuer);
		List<UnitView> units = assessed(request.units(), issuer, to);
		CriteriaTree tree = new CriteriaTree(request.criteria().stream().map(SetRequest.Node::criterion).toList(),
				request.bands() == null ? List.of() : request.bands());
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into par_set (id, year, name, issuer_unit_id, period_from, period_to, self_due, appraisal_due, criteria,
				  bands, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""")
			.params(id, request.year(), request.name().strip(), issuer.id(), from, to, request.selfDue(),
					request.appraisalDue(), this.rows.json(tree.roots()), this.rows.json(tree.bands()), actor.username(),
					Timestamp.from(this.clock.instant()))
			.update();
		units.forEach(u -> this.jdbc.sql("insert into par_assessment (set_id, unit_id) values (?, ?)").params(id, u.id()).update());
		return id;
	}

	/** @throws DomainException {@code unit-not-found}, {@code par-unit-outside-issuer}. */
	private List<UnitView> assessed(List<String> codes, UnitView issuer, LocalDate on) {
		List<UnitView> units = new ArrayList<>();
		for (String code : codes) {
			UnitView unit = unit(code, on);
			if (unit.id().equals(issuer.id()) || !this.organization.unitAndBelow(issuer.id()).contains(unit.id())) {
				throw new DomainException(Kind.INVALID, "par-unit-outside-issuer", code);
			}
			units.add(unit);
		}
		return units;
	}

	private UnitView unit(String code, LocalDate on) {
		return this.organization.unitOn(code.strip(), on)
			.or(() -> this.organization.unitOn(code.strip(), on.withDayOfYear(1)))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", code));
	}

	/** @throws DomainException {@code par-set-not-found}. */
	@Transactional(readOnly = true)
	public ParSet require(UUID id) {
		return find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "par-set-not-found", id));
	}

	@Transactional(readOnly = true)
	public Optional<ParSet> find(UUID id) {
		return this.jdbc.sql("select * from par_set where id = ?").param(id).query(this.rows::set).optional();
	}

	/** @return the sets not yet published: their self-assessments and appraisal are under way. */
	@Transactional(readOnly = true)
	public List<ParSet> underWay() {
		return this.rows.where("published_at is null order by year, name");
	}

	/** @return the sets whose results are published, the latest publication first (the portal's). */
	@Transactional(readOnly = true)
	public List<ParSet> published() {
		return this.rows.where("published_at is not null order by decision_date desc, name");
	}

	/** @return the sets the actor is concerned by (as committee, leader or assessed unit), newest year first. */
	@Transactional(readOnly = true)
	public List<ParSet> concerning(Actor actor) {
		return this.rows.where("true order by year desc, name")
			.stream()
			.filter(s -> this.organization.scopeOf(actor).contains(s.issuer().id())
					|| s.units().stream().anyMatch(u -> this.organization.scopeOf(actor).contains(u.id())))
			.toList();
	}

}
