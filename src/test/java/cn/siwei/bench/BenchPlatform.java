package cn.siwei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

	static void run(Run run) throws Exception {
		Path root = Files.createTempDirectory("siwei-bench");
		try (EmbeddedPostgresServer db = EmbeddedPostgresServer.start(root, 0, Duration.ofSeconds(120));
				ConfigurableApplicationContext context = new SpringApplicationBuilder(SiweiApplication.class).run(
						"--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.username(),
						"--spring.datasource.password=" + db.password(), "--server.port=0", "--siwei.demo=false",
						"--siwei.scheduling.enabled=false", "--logging.level.root=WARN",
						"--logging.level.cn.siwei.bench=INFO", "--logging.level.cn.siwei.demo=INFO",
						"--logging.level.cn.siwei.figures.Rollups=INFO")) {
			run.on(context);
		}
		finally {
			// a benchmark's database can take tens of gigabytes: it goes with the run
			FileSystemUtils.deleteRecursively(root);
		}
	}

}
