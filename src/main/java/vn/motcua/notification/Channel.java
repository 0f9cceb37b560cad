package vn.motcua.notification;

/** How a message reaches its recipient. */
enum Channel {

	EMAIL, SMS

}
