package vn.motcua.identity.domain;

/** How passwords are kept: only as hashes, checked against what someone typed. */
public interface PasswordHashing {

	/** @return the hash to store for {@code password}. */
	String hash(String password);

	/** @return whether {@code password} is the one {@code hash} was made from. */
	boolean matches(String password, String hash);

}
