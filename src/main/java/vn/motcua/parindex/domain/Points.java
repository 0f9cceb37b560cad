package vn.motcua.parindex.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points and percentages as the published results show them: to the hundredth, half up. */
public final class Points {

	private Points() {
	}

	public static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	/** @return {@code 2.5} as {@code 2,5}, {@code 3} as {@code 3}, in Vietnamese notation. */
	public static String format(double value) {
		return BigDecimal.valueOf(round(value)).stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
