package vn.motcua.parindex.sets;

import org.jspecify.annotations.Nullable;
import vn.motcua.parindex.domain.Points;

import org.springframework.stereotype.Component;

/** Points on the PAR pages ({@code @parPoints.of(x)}): {@code 2,5}, {@code 10}, {@code —} for none. */
@Component("parPoints")
public class PointsFormat {

	public String of(@Nullable Double points) {
		return points == null ? "—" : Points.format(points);
	}

	/** @return the value of an input: empty for none. */
	public String input(@Nullable Double points) {
		return points == null ? "" : Points.format(points);
	}

}
