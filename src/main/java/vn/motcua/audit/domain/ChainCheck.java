package vn.motcua.audit.domain;

import org.jspecify.annotations.Nullable;

/**
 * Walks the chain link by link, in the order of {@code seq}, and remembers the first link that does
 * not hold: a gap in the numbering, a previous hash that is not the hash before, a sealed entry
 * that is gone, or a hash that its entry no longer gives.
 */
public final class ChainCheck {

	private long links;

	private @Nullable String lastHash;

	private @Nullable Broken broken;

	/**
	 * @param entry the sealed entry as it is now, or null when it is gone.
	 */
	public void next(Seal seal, @Nullable AuditEntry entry) {
		this.links++;
		if (this.broken != null) {
			return;
		}
		String expectedPrev = this.lastHash == null ? Seal.GENESIS : this.lastHash;
		if (seal.seq() != this.links) {
			this.broken = new Broken(seal.seq(), seal.entryId(), "gap");
		}
		else if (!seal.prevHash().equals(expectedPrev)) {
			this.broken = new Broken(seal.seq(), seal.entryId(), "previous-hash");
		}
		else if (entry == null || entry.id() != seal.entryId()) {
			this.broken = new Broken(seal.seq(), seal.entryId(), "entry-missing");
		}
		else if (!Seal.hash(seal.prevHash(), seal.seq(), entry).equals(seal.hash())) {
			this.broken = new Broken(seal.seq(), seal.entryId(), "entry-changed");
		}
		this.lastHash = seal.hash();
	}

	/** @param unsealed entries not chained yet (the sealer chains them within seconds). */
	public Verification result(long unsealed) {
		return new Verification(this.broken == null, this.links, unsealed, this.broken);
	}

	/** The first link that does not hold: its place, its entry, and why ({@code gap}, {@code previous-hash}, {@code entry-missing}, {@code entry-changed}). */
	public record Broken(long seq, long entryId, String reason) {
	}

	/** What a check of the whole chain found. */
	public record Verification(boolean valid, long sealed, long unsealed, @Nullable Broken firstBroken) {
	}

}
