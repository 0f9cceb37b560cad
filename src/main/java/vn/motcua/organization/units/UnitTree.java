package vn.motcua.organization.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.motcua.organization.UnitView;

/** Orders units as an indented tree: each parent followed by its children. */
record UnitTree(UnitView unit, int depth) {

	static List<UnitTree> of(List<UnitView> units) {
		Set<UUID> ids = units.stream().map(UnitView::id).collect(Collectors.toSet());
		Map<UUID, List<UnitView>> children = units.stream()
			.filter(u -> u.parentId() != null && ids.contains(u.parentId()))
			.collect(Collectors.groupingBy(UnitView::parentId));
		List<UnitTree> rows = new ArrayList<>();
		units.stream()
			.filter(u -> u.parentId() == null || !ids.contains(u.parentId()))
			.sorted(order())
			.forEach(root -> walk(root, 0, children, rows));
		return rows;
	}

	private static void walk(UnitView unit, int depth, Map<UUID, List<UnitView>> children, List<UnitTree> rows) {
		rows.add(new UnitTree(unit, depth));
		children.getOrDefault(unit.id(), List.of())
			.stream()
			.sorted(order())
			.forEach(child -> walk(child, depth + 1, children, rows));
	}

	private static Comparator<UnitView> order() {
		return Comparator.comparing(UnitView::code)
			.thenComparing(u -> u.validFrom() == null ? "" : u.validFrom().toString(), Comparator.naturalOrder());
	}

}
