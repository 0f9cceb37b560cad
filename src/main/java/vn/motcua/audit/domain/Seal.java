package vn.motcua.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The link of the chain that seals one entry: its place {@code seq}, the hash of the link before
 * ({@link #GENESIS} for the first) and its own hash, SHA-256 over the previous hash and every field
 * of the entry, each written with its length so that no two entries hash alike by moving text
 * from one field to the next. Changing, removing or reordering any sealed entry breaks every hash
 * from there on.
 */
public record Seal(long seq, long entryId, String prevHash, String hash) {

	/** The previous hash of the first link. */
	public static final String GENESIS = "0".repeat(64);

	/** @return the link that seals {@code entry} after the link {@code previous} (null: the first). */
	public static Seal after(@Nullable Seal previous, AuditEntry entry) {
		long seq = previous == null ? 1 : previous.seq + 1;
		String prev = previous == null ? GENESIS : previous.hash;
		return new Seal(seq, entry.id(), prev, hash(prev, seq, entry));
	}

	/** @return the hash the link {@code seq} after {@code prevHash} must have for {@code entry}. */
	public static String hash(String prevHash, long seq, AuditEntry entry) {
		var text = new StringBuilder(prevHash).append('|').append(seq);
		for (String field : new String[] { Long.toString(entry.id()), entry.at().toString(), entry.actor(),
				entry.address(), entry.action(), entry.subject(), entry.details() }) {
			text.append('|');
			if (field == null) {
				text.append('-');
			}
			else {
				text.append(field.length()).append(':').append(field);
			}
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
