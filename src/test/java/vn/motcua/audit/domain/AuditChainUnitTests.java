package vn.motcua.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.audit.domain.ChainCheck.Broken;
import vn.motcua.audit.domain.ChainCheck.Verification;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainUnitTests {

	private static final Instant AT = Instant.parse("2026-12-03T02:00:00.123456Z");

	private final List<AuditEntry> entries = List.of(
			new AuditEntry(11, AT, "motcua.phuluong", "10.0.0.7", "insert dossier", "000.41.20.H55-261203-0001", "{}"),
			new AuditEntry(12, AT.plusSeconds(1), "chuyenvien.phuluong", null, "update dossier", "000.41.20.H55-261203-0001",
					"{\"status\": \"IN_PROGRESS\"}"),
			new AuditEntry(14, AT.plusSeconds(2), "admin", "10.0.0.9", "login", "admin", null));

	@Test
	void theFirstLinkStartsFromGenesisAndEachNextFromTheHashBefore() {
		List<Seal> seals = chain(this.entries);

		assertThat(seals).extracting(Seal::seq).containsExactly(1L, 2L, 3L);
		assertThat(seals).extracting(Seal::entryId).containsExactly(11L, 12L, 14L);
		assertThat(seals.get(0).prevHash()).isEqualTo(Seal.GENESIS).hasSize(64).matches("0+");
		assertThat(seals.get(1).prevHash()).isEqualTo(seals.get(0).hash());
		assertThat(seals.get(2).prevHash()).isEqualTo(seals.get(1).hash());
		assertThat(seals.get(0).hash()).matches("[0-9a-f]{64}").isNotEqualTo(seals.get(1).hash());
		assertThat(Seal.hash(Seal.GENESIS, 1, this.entries.get(0))).isEqualTo(seals.get(0).hash());
	}

	@Test
	void everyFieldCountsAndTextCannotMoveBetweenFields() {
		AuditEntry entry = this.entries.get(0);
		String hash = Seal.hash(Seal.GENESIS, 1, entry);
		List<AuditEntry> variants = List.of(new AuditEntry(99, entry.at(), entry.actor(), entry.address(), entry.action(),
				entry.subject(), entry.details()),
				new AuditEntry(11, entry.at().plusNanos(1000), entry.actor(), entry.address(), entry.action(),
						entry.subject(), entry.details()),
				new AuditEntry(11, entry.at(), "motcua.phuluon", "g10.0.0.7", entry.action(), entry.subject(),
						entry.details()),
				new AuditEntry(11, entry.at(), entry.actor(), null, entry.action(), entry.subject(), entry.details()),
				new AuditEntry(11, entry.at(), entry.actor(), entry.address(), "delete dossier", entry.subject(),
						entry.details()),
				new AuditEntry(11, entry.at(), entry.actor(), entry.address(), entry.action(), null, entry.details()),
				new AuditEntry(11, entry.at(), entry.actor(), entry.address(), entry.action(), entry.subject(), "{ }"));

		assertThat(variants).allSatisfy(v -> assertThat(Seal.hash(Seal.GENESIS, 1, v)).isNotEqualTo(hash));
		assertThat(Seal.hash(Seal.GENESIS, 2, entry)).isNotEqualTo(hash);
		assertThat(Seal.hash("1".repeat(64), 1, entry)).isNotEqualTo(hash);
		assertThat(Seal.hash(Seal.GENESIS, 1, new AuditEntry(11, entry.at(), entry.actor(), "", entry.action(),
				entry.subject(), entry.details()))).isNotEqualTo(Seal.hash(Seal.GENESIS, 1, variants.get(3)));
	}

	@Test
	void anIntactChainHolds() {
		var check = new ChainCheck();
		List<Seal> seals = chain(this.entries);
		for (int i = 0; i < seals.size(); i++) {
			check.next(seals.get(i), this.entries.get(i));
		}

		assertThat(check.result(4)).isEqualTo(new Verification(true, 3, 4, null));
		assertThat(new ChainCheck().result(0)).isEqualTo(new Verification(true, 0, 0, null));
	}

	@Test
	void theFirstBrokenLinkIsNamedWithItsReason() {
		List<Seal> seals = chain(this.entries);
		AuditEntry changed = new AuditEntry(12, AT.plusSeconds(1), "chuyenvien.phuluong", null, "update dossier",
				"000.41.20.H55-261203-0001", "{\"status\": \"RETURNED\"}");
		assertThat(walk(seals, List.of(this.entries.get(0), changed, this.entries.get(2))))
			.isEqualTo(new Broken(2, 12, "entry-changed"));

		var missing = new ArrayList<AuditEntry>(this.entries);
		missing.set(1, null);
		assertThat(walk(seals, missing)).isEqualTo(new Broken(2, 12, "entry-missing"));
		assertThat(walk(seals, List.of(this.entries.get(0), this.entries.get(2), this.entries.get(2))))
			.isEqualTo(new Broken(2, 12, "entry-missing"));

		assertThat(walk(List.of(seals.get(0), seals.get(2)), List.of(this.entries.get(0), this.entries.get(2))))
			.isEqualTo(new Broken(3, 14, "gap"));

		Seal forged = new Seal(2, 12, "f".repeat(64), Seal.hash("f".repeat(64), 2, this.entries.get(1)));
		assertThat(walk(List.of(seals.get(0), forged, seals.get(2)), this.entries))
			.isEqualTo(new Broken(2, 12, "previous-hash"));
	}

	@Test
	void theCheckCountsEveryLinkEvenAfterTheFirstBreak() {
		List<Seal> seals = chain(this.entries);
		var check = new ChainCheck();
		check.next(seals.get(0), null);
		check.next(seals.get(1), this.entries.get(1));
		check.next(seals.get(2), this.entries.get(2));

		assertThat(check.result(0)).isEqualTo(new Verification(false, 3, 0, new Broken(1, 11, "entry-missing")));
	}

	private static List<Seal> chain(List<AuditEntry> entries) {
		var seals = new ArrayList<Seal>();
		Seal last = null;
		for (AuditEntry entry : entries) {
			last = Seal.after(last, entry);
			seals.add(last);
		}
		return seals;
	}

	private static Broken walk(List<Seal> seals, List<AuditEntry> entries) {
		var check = new ChainCheck();
		for (int i = 0; i < seals.size(); i++) {
			check.next(seals.get(i), entries.get(i));
		}
		return check.result(0).firstBroken();
	}

}
