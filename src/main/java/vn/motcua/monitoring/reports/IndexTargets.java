package vn.motcua.monitoring.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The targets of the Decision 766 components the data supports, as ratios: the province's to
 * choose ({@code motcua.service-index.target.*}).
 */
@ConfigurationProperties("motcua.service-index.target")
record IndexTargets(@DefaultValue("1.0") double progress, @DefaultValue("0.5") double online,
		@DefaultValue("1.0") double digitisation, @DefaultValue("0.9") double satisfaction) {
}
