package vn.motcua.portal.site;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyView;

/** The organisation chart of a unit: its agencies as a tree, each under the agency it belongs to. */
public record OrgChart(AgencyView agency, List<OrgChart> below) {

	/** @return the trees of the agencies that belong to no other agency of the list. */
	public static List<OrgChart> of(List<AgencyView> agencies) {
		return below(null, agencies);
	}

	private static List<OrgChart> below(@Nullable UUID parent, List<AgencyView> agencies) {
		return agencies.stream()
			.filter(a -> Objects.equals(a.parentId(), parent)
					|| parent == null && agencies.stream().noneMatch(p -> p.id().equals(a.parentId())))
			.map(a -> new OrgChart(a, below(a.id(), agencies)))
			.toList();
	}

}
