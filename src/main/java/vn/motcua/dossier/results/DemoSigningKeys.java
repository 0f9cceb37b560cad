package vn.motcua.dossier.results;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile: at the first start, one demo certificate per agency of either era under the demo CA
 * (each labelled DEMO), made in the background and kept under {@code motcua.signing.dir}; later starts
 * make only those missing, and read none until it signs. With the directory blank (a temporary one,
 * as in the tests) each is made at its agency's first signature instead. The making stops when the
 * application closes (a test's context, say), which waits for the certificate at hand.
 */
@Component
@Profile("demo")
class DemoSigningKeys {

	private static final Logger log = LoggerFactory.getLogger(DemoSigningKeys.class);

	private final SigningSettings settings;

	private final SigningKeys keys;

	private final OrganizationManagement organization;

	/** Set when the application closes: the making stops after the certificate at hand. */
	private volatile boolean closing;

	private volatile @Nullable Thread making;

	DemoSigningKeys(SigningSettings settings, SigningKeys keys, OrganizationManagement organization) {
		this.settings = settings;
		this.keys = keys;
		this.organization = organization;
	}

	@EventListener(ApplicationReadyEvent.class)
	void makeThem() {
		String dir = this.settings.dir();
		if (!this.settings.demo() || dir == null || dir.isBlank()) {
			return;
		}
		Thread making = new Thread(() -> make(Path.of(dir)), "demo-signing-keys");
		making.setDaemon(true);
		this.making = making;
		making.start();
	}

	private void make(Path dir) {
		try {
			for (AgencyView agency : this.organization.allAgencies()) {
				if (this.closing) {
					return;
				}
				if (!DemoCertificates.kept(dir, agency.code())) {
					this.keys.of(agency.code(), SigningAuthority.of(this.organization, agency.code()).authority());
				}
			}
		}
		catch (RuntimeException ex) {
			if (!this.closing) { // those still missing are made at their agency's first signature
				log.warn("Demo certificates not all made: {}", ex.toString());
			}
		}
	}

	/** Waits for the certificate at hand, so that nothing is written under the directory once closed. */
	@PreDestroy
	void stop() throws InterruptedException {
		this.closing = true;
		Thread making = this.making;
		if (making != null) {
			making.join(Duration.ofSeconds(30).toMillis());
		}
	}

}
