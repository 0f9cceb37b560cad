package vn.motcua.monitoring;

import java.util.UUID;

/**
 * A reminder (đôn đốc) in an official's notification centre is due by e-mail too: the official
 * has an address. Published once per reminder, in the transaction that hands the reminder over
 * (within a minute of its making); whoever mails officials sends it once.
 *
 * @param reminderId the reminder, never {@literal null}: what makes the message once.
 * @param username the official's account, never {@literal null}.
 * @param email the official's address, never {@literal null} nor blank.
 * @param subject the message's subject, never {@literal null}.
 * @param body the message's plain text, never {@literal null}.
 */
public record OfficialReminded(UUID reminderId, String username, String email, String subject, String body) {
}
