package vn.motcua.notification.delivery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener that sends: after the publisher's commit, on another thread, kept in the event
 * publication registry until it returns, like {@code @ApplicationModuleListener}, but <em>outside</em>
 * any transaction. {@link Deliveries} takes its own short transactions, so no database connection
 * is held while a mail server or an SMS gateway answers.
 */
@Async
@TransactionalEventListener
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DeliveryListener {

	/** @see TransactionalEventListener#condition() */
	@AliasFor(annotation = TransactionalEventListener.class, attribute = "condition")
	String condition() default "";

}
