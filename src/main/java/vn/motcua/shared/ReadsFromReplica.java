package vn.motcua.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that may be answered from a streaming replica of the database, when one is configured
 * ({@code motcua.replica.url}): statistics, reports, the public board, the public lookup — reads
 * that tolerate the replica's lag of a fraction of a second and that, under load, would take the
 * primary's time from the writes. Only where no transaction is under way already (a read inside a
 * write keeps the write's connection); a replica that does not answer is skipped for a while.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface ReadsFromReplica {

}
