package vn.motcua.notification.domain;

/** How a message reaches its recipient. */
public enum Channel {

	EMAIL, SMS

}
