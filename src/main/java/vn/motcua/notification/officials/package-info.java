/** What officials are told by e-mail: the reminders monitoring makes. */
@org.jspecify.annotations.NullMarked
package vn.motcua.notification.officials;
