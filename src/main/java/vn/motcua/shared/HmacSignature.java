package vn.motcua.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The signature of a message between MotCua and a national platform: {@code sha256=} and the
 * HMAC-SHA256 of the body's UTF-8 bytes with the shared secret, in lower-case hex.
 */
public final class HmacSignature {

	private static final String PREFIX = "sha256=";

	private HmacSignature() {
	}

	/** @return the signature of {@code body} with {@code secret}. */
	public static String sign(String secret, String body) {
		return PREFIX + HexFormat.of().formatHex(mac(secret, body.getBytes(StandardCharsets.UTF_8)));
	}

	/** @return whether {@code signature} is the signature of {@code body} with {@code secret}, compared in constant time. */
	public static boolean verify(String secret, byte[] body, @Nullable String signature) {
		if (signature == null || secret.isEmpty()) {
			return false;
		}
		byte[] expected = (PREFIX + HexFormat.of().formatHex(mac(secret, body))).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] mac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
