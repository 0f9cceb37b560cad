/**
 * The delivery log: each message recorded, taken for sending, sent once per event and channel,
 * failures retried; the e-mail and SMS senders.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.notification.delivery;
