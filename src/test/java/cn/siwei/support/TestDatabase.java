package cn.siwei.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The one database of a test run. Tests control only its folder: the platform starts its own embedded
 * PostgreSQL there exactly as it does for a user (same initdb locale, same durability settings, same password
 * login). When {@code SIWEI_DB_URL} is set (CI's second pass against Debian's PostgreSQL), the platform's own
 * configuration picks it up and nothing is set here.
 */
public final class TestDatabase {

	/** Where the test runs' database folders live; one per JVM, removed by the next run once its server is gone. */
	static final Path ROOT = Path.of("target", "test-database");

	private static Path folder;

	private TestDatabase() {
	}

	static synchronized Path folder() {
		if (folder == null) {
			try {
				Files.createDirectories(ROOT);
				removeFoldersOfEndedRuns();
				folder = Files.createTempDirectory(ROOT, "run-" + ProcessHandle.current().pid() + "-").toAbsolutePath();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return folder;
	}

	/** A folder is left behind by a run whose JVM has ended; its server stopped with the Spring context. */
	private static void removeFoldersOfEndedRuns() throws IOException {
		try (Stream<Path> runs = Files.list(ROOT)) {
			for (Path run : runs.toList()) {
				String name = run.getFileName().toString();
				String[] parts = name.split("-");
				if (parts.length < 2 || !parts[0].equals("run") || !parts[1].matches("\\d+")) {
					continue;
				}
				boolean alive = ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive).orElse(false);
				boolean serverAlive = Files.exists(run.resolve("pg/postmaster.pid"));
				if (!alive && !serverAlive) {
					deleteTree(run);
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** Points the platform's embedded database at this run's folder, unless an external database is configured. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String external = context.getEnvironment().getProperty("spring.datasource.url");
			if (external != null && !external.isBlank()) {
				return;
			}
			context.getEnvironment().getPropertySources()
				.addFirst(new MapPropertySource("testDatabase",
						Map.of("siwei.embedded-db.data-directory", folder().toString())));
		}

	}

}
