package vn.motcua.platform.database;



import org.aopalliance.intercept.MethodInterceptor;
import vn.motcua.shared.ReadsFromReplica;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads on a streaming replica (issue 18), when {@code motcua.replica.url} names one. The
 * application's data source becomes a {@link LazyConnectionDataSourceProxy} whose read-only
 * transactions may take their connection from the replica: those begun inside a method marked
 * {@link ReadsFromReplica} (statistics, reports, the public board, the public lookup) do. Every write
 * — even one begun inside a marked method — and every other read stays on the primary. How a
 * province outgrows one database server: N stateless application nodes, one primary, replicas.
 * <p>
 * {@code motcua.replica.username} and {@code .password} default to the primary's (a physical
 * replica has the same roles); {@code motcua.replica.pool-size} (10). A replica that refuses a
 * connection is left aside for {@code motcua.replica.pause} (10 s) and its reads go to the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("motcua.replica.url")
class ReadReplica {

	private static final ThreadLocal<Boolean> MARKED = new ThreadLocal<>();

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static ReplicaRouting readReplicaRouting(Environment environment) {
		return new ReplicaRouting(environment);
	}

	/** Marks the calls of {@link ReadsFromReplica} methods, ahead of their transaction. */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor readsFromReplicaAdvisor() {
		var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(ReadsFromReplica.class, true))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(ReadsFromReplica.class));
		MethodInterceptor mark = invocation -> {
			if (MARKED.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
				return invocation.proceed();
			}
			MARKED.set(Boolean.TRUE);
			try {
				return invocation.proceed();
			}
			finally {
				MARKED.remove();
			}
		};
		var advisor = new DefaultPointcutAdvisor(pointcut, mark);
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return advisor;
	}

	static boolean marked() {
		return MARKED.get() != null;
	}

}
