package cn.siwei.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL as soon as its settings are known, on a thread of its own, while Spring builds
 * the rest of the platform; {@link EmbeddedDatabaseConfiguration} then takes the running server instead of
 * starting it (a second and a half of the start here went to waiting for the database after the context had
 * been built, StartupBenchmark). A failure to start is the same exception, thrown where it was thrown before.
 * Registered in {@code META-INF/spring.factories}; does nothing when an external database is configured.
 */
public class EmbeddedDatabaseEarlyStart implements ApplicationListener<SpringApplicationEvent> {

	/** A server being started, with the settings it was started with. */
	private record Early(SiweiProperties.EmbeddedDb settings, CompletableFuture<EmbeddedPostgresServer> server) {
	}

	private static volatile Early pending;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			if (StringUtils.hasText(prepared.getEnvironment().getProperty("spring.datasource.url"))) {
				return;
			}
			SiweiProperties.EmbeddedDb settings = Binder.get(prepared.getEnvironment())
				.bindOrCreate("siwei", SiweiProperties.class)
				.embeddedDb();
			CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					server.complete(EmbeddedPostgresServer.start(settings.dataDirectory(), settings.port(),
							settings.startupWait()));
				}
				catch (Throwable ex) {
					server.completeExceptionally(ex);
				}
			}, "siwei-embedded-db-start");
			starter.setDaemon(true);
			discard(swap(new Early(settings, server)));
			starter.start();
		}
		else if (event instanceof ApplicationFailedEvent) {
			// the context failed before taking the server: stop it
			discard(swap(null));
		}
	}

	private static synchronized Early swap(Early next) {
		Early previous = pending;
		pending = next;
		return previous;
	}

	private static void discard(Early early) {
		if (early != null) {
			early.server().thenAccept(EmbeddedPostgresServer::close);
		}
	}

	/**
	 * The server started early with these settings, once it runs; null when none was (another start, different
	 * settings: that one is stopped).
	 * @throws RuntimeException what starting it threw
	 */
	static EmbeddedPostgresServer take(SiweiProperties.EmbeddedDb settings) {
		Early early = swap(null);
		if (early == null) {
			return null;
		}
		if (!early.settings().equals(settings)) {
			discard(early);
			return null;
		}
		try {
			return early.server().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (ex.getCause() instanceof Error e) {
				throw e;
			}
			throw ex;
		}
	}

}
