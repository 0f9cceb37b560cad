/** The National Public Service Portal adapter: outbox, sender, stand-in and the page of what is not yet synchronised. */
@org.jspecify.annotations.NullMarked
package vn.motcua.connect.national;
