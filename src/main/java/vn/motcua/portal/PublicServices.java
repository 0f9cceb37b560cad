package vn.motcua.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.SampleForms;
import vn.motcua.dossier.CitizenDossiers;
import vn.motcua.dossier.DossierLookup;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Texts;
import vn.motcua.shared.Uploads;

import org.springframework.stereotype.Service;

/**
 * What the portal offers everyone without an account: the procedure search, a procedure with
 * where to file it, and the dossier lookup (throttled per client).
 */
@Service
public class PublicServices {

	public static final int MAX_RESULTS = 100;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final DossierLookup lookup;

	private final LookupThrottle throttle;

	private final CitizenDossiers ratings;

	private final SampleForms sampleForms;

	private final Clock clock;

	PublicServices(CatalogueManagement catalogue, OrganizationManagement organization, DossierLookup lookup,
			LookupThrottle throttle, CitizenDossiers ratings, SampleForms sampleForms, Clock clock) {
		this.sampleForms = sampleForms;
		this.ratings = ratings;
		this.catalogue = catalogue;
		this.organization = organization;
		this.lookup = lookup;
		this.throttle = throttle;
		this.clock = clock;
	}

	public List<ProcedureView> search(@Nullable String query, @Nullable String field, @Nullable ProcedureLevel level) {
		return this.catalogue.find(query, Texts.blankToNull(field), level, LocalDate.now(this.clock), MAX_RESULTS);
	}

	public List<String> fields() {
		return this.catalogue.fields(LocalDate.now(this.clock));
	}

	/** @throws DomainException {@code procedure-not-found}. */
	public PublicProcedure procedure(String code) {
		LocalDate today = LocalDate.now(this.clock);
		ProcedureView procedure = this.catalogue.procedureOn(code.strip(), today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "procedure-not-found", code));
		return new PublicProcedure(procedure, offices(procedure.level(), today), this.sampleForms.of(procedure.code()));
	}

	/**
	 * @param client who asks (the remote address), for the throttle.
	 * @throws DomainException {@code dossier-not-found} for an unknown code or a wrong second
	 * factor alike; {@code too-many-lookups} when the client failed too often.
	 */
	public PublicDossierView lookup(String code, @Nullable String phoneLast4, @Nullable String secret, String client) {
		refuseIfBlocked(client);
		Optional<PublicDossierView> found = this.lookup.find(code, Texts.blankToNull(phoneLast4), Texts.blankToNull(secret));
		if (found.isEmpty()) {
			this.throttle.failed(client);
			throw new DomainException(Kind.NOT_FOUND, "dossier-not-found", code);
		}
		return found.get();
	}

	/**
	 * Rates a returned dossier with the code and its second factor; a wrong factor counts as a
	 * failed lookup.
	 * @throws DomainException as {@link #lookup}, and {@code rating-not-open}, {@code rating-invalid}.
	 */
	public void rate(String code, @Nullable String phoneLast4, @Nullable String secret, int score, @Nullable String comment,
			String client) {
		refuseIfBlocked(client);
		try {
			this.ratings.rate(code, Texts.blankToNull(phoneLast4), Texts.blankToNull(secret), score, comment);
		}
		catch (DomainException ex) {
			if (ex.kind() == Kind.NOT_FOUND) { // unknown code or wrong second factor
				this.throttle.failed(client);
			}
			throw ex;
		}
	}

	private void refuseIfBlocked(String client) {
		if (this.throttle.blocked(client)) {
			throw new DomainException(Kind.LIMITED, "too-many-lookups", this.throttle.retryAfter().toMinutes() + 1);
		}
	}

	/**
	 * The one-stop desks where a procedure of this level is filed today: those of units of its
	 * level, or — for a district procedure after the districts were dissolved — those of the
	 * communes that took it over.
	 */
	private List<AgencyView> offices(ProcedureLevel level, LocalDate today) {
		Map<UUID, UnitView> units = this.organization.unitsOn(today, null)
			.stream()
			.collect(Collectors.toMap(UnitView::id, Function.identity()));
		List<AgencyView> agencies = this.organization.agenciesOn(today, null);
		List<AgencyView> atLevel = desks(agencies, units, level);
		return atLevel.isEmpty() && level == ProcedureLevel.DISTRICT ? desks(agencies, units, ProcedureLevel.COMMUNE)
				: atLevel;
	}

	private static List<AgencyView> desks(List<AgencyView> agencies, Map<UUID, UnitView> units, ProcedureLevel level) {
		Map<UUID, List<AgencyView>> byUnit = agencies.stream()
			.filter(a -> a.kind() != AgencyKind.DEPARTMENT)
			.filter(a -> units.containsKey(a.unitId()) && levelOf(units.get(a.unitId()).type()) == level)
			.collect(Collectors.groupingBy(AgencyView::unitId));
		// one office per unit: its one-stop desk where it has one, else its People's Committee
		return byUnit.values()
			.stream()
			.map(list -> list.stream().min(Comparator.comparing(a -> a.kind() != AgencyKind.ONE_STOP_DESK)).orElseThrow())
			.sorted(Comparator.comparing(AgencyView::name))
			.toList();
	}

	private static ProcedureLevel levelOf(UnitType type) {
		return switch (type) {
			case PROVINCE -> ProcedureLevel.PROVINCE;
			case DISTRICT -> ProcedureLevel.DISTRICT;
			case COMMUNE, WARD, TOWN -> ProcedureLevel.COMMUNE;
		};
	}


	/**
	 * A procedure as the portal shows it, with the offices where it is filed.
	 *
	 * @param sampleForms the file name of each required document's sample form, by position.
	 */
	public record PublicProcedure(ProcedureView procedure, List<AgencyView> offices, Map<Integer, String> sampleForms) {
	}

	/** @throws DomainException {@code attachment-not-found}. */
	public Uploads.File sampleForm(String code, int position) {
		return this.sampleForms.get(code, position);
	}

}
