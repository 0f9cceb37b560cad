/** What a citizen's account is told: the one-time codes that verify a phone number or an e-mail address. */
@org.jspecify.annotations.NullMarked
package vn.motcua.notification.citizens;
