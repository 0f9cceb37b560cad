package vn.motcua.notification.domain;

/**
 * A message to send: by which channel, to whom, and what.
 * @param subject blank for a text message.
 */
public record Message(Channel channel, String recipient, String subject, String body) {
}
