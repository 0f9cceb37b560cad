package vn.motcua;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan PostgreSQL makes for a query. With the suite's few dossiers it prefers a table scan to
 * any index, so the tests that check which index a query can use switch some ways off first, for
 * that transaction only.
 */
public final class QueryPlans {

	private QueryPlans() {
	}

	/**
	 * @param explain {@code explain …} with its parameters bound (run inside the transaction).
	 * @param switchedOff planner settings without {@code enable_}: {@code seqscan}, {@code bitmapscan}, {@code sort}.
	 * @return the plan's lines, one text.
	 */
	public static String of(JdbcClient jdbc, TransactionTemplate transactions, JdbcClient.StatementSpec explain,
			String... switchedOff) {
		return transactions.execute(status -> {
			for (String way : switchedOff) {
				jdbc.sql("set local enable_" + way + " = off").update();
			}
			return String.join("\n", explain.query(String.class).list());
		});
	}

}
