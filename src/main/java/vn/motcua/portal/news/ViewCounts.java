package vn.motcua.portal.news;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Articles' view counts, added up in memory and written every {@link #FLUSH_SECONDS} seconds (and
 * on shutdown) as one update per article read: a reader never waits for a write, and a popular
 * article is not one row every reader locks. A crash loses at most those seconds of counts.
 */
@Component
class ViewCounts implements DisposableBean {

	static final long FLUSH_SECONDS = 10;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ViewCounts.class);

	private final JdbcClient jdbc;

	private final Map<UUID, LongAdder> pending = new ConcurrentHashMap<>();

	private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "article-views");
		thread.setDaemon(true);
		return thread;
	});

	ViewCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.flusher.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
	}

	/** @return the views of the article not yet written, after counting this one. */
	long count(UUID article) {
		LongAdder views = this.pending.computeIfAbsent(article, id -> new LongAdder());
		views.increment();
		return views.sum();
	}

	/** Writes the counts added up so far. */
	void flush() {
		this.pending.forEach((article, views) -> {
			long n = views.sumThenReset();
			try {
				if (n > 0) {
					this.jdbc.sql("update portal_article set views = views + ? where id = ?").params(n, article).update();
				}
			}
			catch (RuntimeException ex) { // the database away: counted again at the next flush
				views.add(n);
				log.warn("Article views not written yet: {}", ex.getMessage());
			}
		});
	}

	@Override
	public void destroy() {
		this.flusher.shutdown();
		flush();
	}

}
