/** The delivery log's aggregate: a message sent once per event and channel, with its tries. */
@org.jspecify.annotations.NullMarked
package vn.motcua.notification.domain;
