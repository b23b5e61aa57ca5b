package cn.siwei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import cn.siwei.SiweiApplication;
import cn.siwei.platform.EmbeddedPostgresServer;

/**
 * The platform as a benchmark runs it: a throw-away embedded PostgreSQL with the platform's own durable settings,
 * no demo data, no scheduled sweeps, quiet logs but for the benchmark's results.
 */
final class BenchPlatform {

	private BenchPlatform() {
	}

	/** Something a benchmark does with the running platform. */
	interface Run {

		void on(ConfigurableApplicationContext context) throws Exception;

	}

	/**
	 * @param settings settings that replace the defaults of the same name ({@code --siwei.demo=true}: the demo's
	 * places, people and 12345 connection)
	 */
	static void run(Run run, String... settings) throws Exception {
		Path root = Files.createTempDirectory("siwei-bench");
		try (EmbeddedPostgresServer db = EmbeddedPostgresServer.start(root, 0, Duration.ofSeconds(120))) {
			attach(db.jdbcUrl(), db.username(), db.password(), run, settings);
		}
		finally {
			// a benchmark's database can take tens of gigabytes: it goes with the run
			FileSystemUtils.deleteRecursively(root);
		}
	}

	/**
	 * The platform on a database that is already there (one {@link BenchHold} keeps, say: a city of ten million is
	 * generated once and measured after each change of the code that reads it).
	 */
	static void attach(String url, String username, String password, Run run, String... settings) throws Exception {
		// a setting given twice on the command line would be read as both values joined by a comma
		java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
		for (String a : List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
				"--spring.datasource.password=" + password, "--server.port=0", "--siwei.demo=false",
				"--siwei.scheduling.enabled=false", "--logging.level.root=WARN", "--logging.level.cn.siwei.bench=INFO",
				"--logging.level.cn.siwei.demo=INFO", "--logging.level.cn.siwei.figures.Rollups=INFO")) {
			args.put(a.substring(0, a.indexOf('=')), a);
		}
		for (String a : settings) {
			args.put(a.substring(0, a.indexOf('=')), a);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SiweiApplication.class)
			.run(args.values().toArray(String[]::new))) {
			run.on(context);
		}
	}

	/**
	 * Runs on the database a {@link BenchHold} keeps when {@code -Dsiwei.bench.url} names it (with
	 * {@code -Dsiwei.bench.root}, the held folder whose {@code pg-password} it reads), else on a new one.
	 * @return whether it ran on a held database
	 */
	static boolean runOrAttach(Run run) throws Exception {
		String url = System.getProperty("siwei.bench.url");
		if (url == null) {
			run(run);
			return false;
		}
		Path root = Path.of(System.getProperty("siwei.bench.root"));
		attach(url, "postgres", Files.readString(root.resolve("pg-password")).trim(), run);
		return true;
	}

	/** The results files' machine line: cores, operating system, Java. */
	static String machine() {
		return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ java.lang.management.ManagementFactory.getOperatingSystemMXBean().getName() + " "
				+ System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
	}

}
