package vn.motcua.catalogue;

import vn.motcua.shared.AfterCommit;

import org.springframework.context.ApplicationEventPublisher;

/**
 * A procedure version, an agency's process or a sample form was recorded: what the portal composed
 * from the catalogue (its kept procedure pages) is composed again. Published once committed, to plain
 * listeners ({@link AfterCommit}).
 */
public record CatalogueChanged() {

	public static void publish(ApplicationEventPublisher events) {
		AfterCommit.publish(events, new CatalogueChanged());
	}

}
