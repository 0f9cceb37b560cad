package vn.motcua.portal.site;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.news.NewsReader;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * The authority's pages for readers: the portal owner's introduction ({@code /gioi-thieu}), its pages,
 * leaders and contact; each unit's section ({@code /don-vi/<code>}) with its pages, leaders,
 * organisation chart and news — a dissolved unit's as an archive, on the day before it ended.
 */
@Controller
class SiteController {

	private final Portals portals;

	private final SiteContent content;

	private final OrganizationManagement organization;

	private final NewsReader news;

	private final Clock clock;

	SiteController(Portals portals, SiteContent content, OrganizationManagement organization, NewsReader news, Clock clock) {
		this.portals = portals;
		this.content = content;
		this.organization = organization;
		this.news = news;
		this.clock = clock;
	}

	@GetMapping("/gioi-thieu")
	String owner(Model model) {
		return section(owner().code(), model);
	}

	@GetMapping("/don-vi/{code:[0-9]+}")
	String section(@PathVariable String code, Model model) {
		UnitView unit = unit(code, model);
		LocalDate on = unit.validTo() != null && unit.validTo().isBefore(today()) ? unit.validTo() : today();
		model.addAttribute("pages", this.content.pages(unit.id()));
		model.addAttribute("intro", this.content.page(unit.id(), "gioi-thieu").orElse(null));
		model.addAttribute("leaders", this.content.leaders(unit.id()));
		model.addAttribute("chart", OrgChart.of(this.organization.agenciesOn(on, unit.code())));
		model.addAttribute("articles", this.news.latestOf(unit.id(), 5));
		model.addAttribute("successors", this.organization.successors(unit.id()));
		return "public/section";
	}

	@GetMapping({ "/gioi-thieu/{slug:[a-z0-9-]+}", "/don-vi/{code:[0-9]+}/{slug:[a-z0-9-]+}" })
	String page(@PathVariable(required = false) String code, @PathVariable String slug, Model model) {
		UnitView unit = unit(code == null ? owner().code() : code, model);
		model.addAttribute("page", this.content.page(unit.id(), slug)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "page-not-found", slug)));
		model.addAttribute("pages", this.content.pages(unit.id()));
		return "public/page";
	}

	@GetMapping({ "/lanh-dao", "/don-vi/{code:[0-9]+}/lanh-dao" })
	String leaders(@PathVariable(required = false) String code, Model model) {
		UnitView unit = unit(code == null ? owner().code() : code, model);
		model.addAttribute("leaders", this.content.leaders(unit.id()));
		model.addAttribute("pages", this.content.pages(unit.id()));
		return "public/leaders";
	}

	@GetMapping("/lien-he")
	String contact(Model model) {
		UnitView unit = unit(owner().code(), model);
		model.addAttribute("contactPage", this.content.page(unit.id(), "lien-he").orElse(null));
		model.addAttribute("agencies", this.organization.agenciesOn(today(), unit.code()).stream()
			.filter(a -> a.address() != null || a.phone() != null || a.email() != null).toList());
		return "public/contact";
	}

	private UnitView unit(String code, Model model) {
		UnitView unit = this.portals.section(code, today())
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", code));
		model.addAttribute("unit", unit);
		model.addAttribute("archived", unit.validTo() != null && unit.validTo().isBefore(today()));
		model.addAttribute("owner", unit.code().equals(owner().code()));
		return unit;
	}

	private UnitView owner() {
		return this.portals.owner(today()).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", "—"));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
