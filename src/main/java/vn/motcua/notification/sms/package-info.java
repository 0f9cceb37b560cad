/** The SMS gateways: over HTTP to a provider when one is configured, otherwise to the log. */
@org.jspecify.annotations.NullMarked
package vn.motcua.notification.sms;
