package cn.siwei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.siwei.demo.DataGenerator;

/**
 * Generates a city (args: requests, wishes) and keeps its database running until the file
 * {@code /tmp/siwei-hold} is removed, printing how to reach it with psql. A development aid for looking at plans
 * by hand.
 */
public final class BenchHold {

	private static final Logger log = LoggerFactory.getLogger(BenchHold.class);

	private BenchHold() {
	}

	public static void main(String[] args) throws Exception {
		long requests = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
		long wishes = args.length > 1 ? Long.parseLong(args[1]) : requests;
		BenchPlatform.run(context -> {
			context.getBean(DataGenerator.class)
				.generate(new int[] { 1, 10, 10, 10, 10, 3, 3 }, Math.max(1000, Math.min(1_000_000, (requests + wishes) / 10)),
						Map.of("wishes", (long) wishes, "requests", (long) requests));
			context.getBean(JdbcClient.class).sql("vacuum analyze").update();
			Path hold = Path.of("/tmp/siwei-hold");
			Files.writeString(hold, "remove me to stop\n");
			log.info("Holding the database at {} (user {}) until {} is removed",
					context.getEnvironment().getProperty("spring.datasource.url"),
					context.getEnvironment().getProperty("spring.datasource.username"), hold);
			// woken by the file system when the file goes, rather than looking every few seconds
			try (var watcher = hold.getFileSystem().newWatchService()) {
				hold.getParent().register(watcher, StandardWatchEventKinds.ENTRY_DELETE);
				while (Files.exists(hold)) {
					WatchKey key = watcher.take();
					// taken, not only reset: a key reset with its events still pending is signalled again at once,
					// and the hold spun a core for as long as it held
					key.pollEvents();
					key.reset();
				}
			}
		});
	}

}
