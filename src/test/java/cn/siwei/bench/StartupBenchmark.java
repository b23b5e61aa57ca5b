package cn.siwei.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up and idle memory against spring-petclinic, side by side in one run: each jar started as a user starts it
 * ({@code java -jar}, default settings, the machine's Java), alternately, and timed from the launch to its
 * {@code /actuator/health} answering UP; ten seconds later the proportional set size (PSS) of the JVM and — for
 * Siwei — of its embedded PostgreSQL's processes is read from {@code /proc}. Siwei starts on existing data (its
 * folder made by a first start that is not counted), without demo data; petclinic on its H2 in memory.
 * Siwei is also started as the same jar extracted with a class data sharing (CDS) archive, which the benchmark
 * makes. Writes {@code benchmarks/results/startup-<date>.md} with medians and the ratios (issue 18's goal: 0.7).
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.siwei.bench.StartupBenchmark -Dexec.args="target/siwei.jar /path/to/spring-petclinic.jar 5"}
 * (petclinic built from github.com/spring-projects/spring-petclinic with {@code ./mvnw -DskipTests package}).
 */
public final class StartupBenchmark {

	private static final Logger log = LoggerFactory.getLogger(StartupBenchmark.class);

	private StartupBenchmark() {
	}

	record Start(double seconds, double pssMib) {
	}

	public static void main(String[] args) throws Exception {
		Path siwei = Path.of(args[0]).toAbsolutePath();
		Path petclinic = Path.of(args[1]).toAbsolutePath();
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Path folder = Files.createTempDirectory("siwei-startup");
		// the first start makes the database; not counted
		start(siwei, folder, 18181, List.of());
		// the same jar extracted (plain jars, no nested class loading) with a class data sharing archive made by
		// a training start that stops once the context is refreshed, as Spring Boot's documentation describes
		Path extracted = Files.createTempDirectory("siwei-extracted");
		run(folder, List.of("-Djarmode=tools", "-jar", siwei.toString(), "extract", "--destination",
				extracted.toString()));
		Path extractedJar = extracted.resolve(siwei.getFileName());
		Path archive = extracted.resolve("siwei.jsa");
		run(folder, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
				extractedJar.toString(), "--server.port=18183"));
		List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
		List<Start> ours = new ArrayList<>();
		List<Start> oursCds = new ArrayList<>();
		List<Start> theirs = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			ours.add(start(siwei, folder, 18181, List.of()));
			oursCds.add(start(extractedJar, folder, 18181, cds));
			theirs.add(start(petclinic, Files.createTempDirectory("petclinic"), 18182, List.of()));
			log.info("round {}: Siwei {} s, Siwei extracted with CDS {} s, petclinic {} s", i + 1, ours.get(i).seconds(),
					oursCds.get(i).seconds(), theirs.get(i).seconds());
		}
		double a = median(ours.stream().map(Start::seconds).toList());
		double c = median(oursCds.stream().map(Start::seconds).toList());
		double b = median(theirs.stream().map(Start::seconds).toList());
		List<String> lines = new ArrayList<>();
		lines.add("# Start-up and idle memory against spring-petclinic, " + LocalDate.now());
		lines.add("");
		lines.add(BenchPlatform.machine() + "; a shared, noisy machine: read the ratio.");
		lines.add("");
		lines.add("Each started " + rounds + " times, in turn, with default settings, timed from the launch to"
				+ " `/actuator/health` answering UP; memory is the proportional set size of the JVM (and of Siwei's"
				+ " embedded PostgreSQL's processes) ten seconds after. Siwei: existing data, no demo data, its embedded"
				+ " PostgreSQL started by the jar — `java -jar siwei.jar`, and the same jar extracted"
				+ " (`java -Djarmode=tools -jar siwei.jar extract`) started with a class data sharing archive made by a"
				+ " training start (`-XX:ArchiveClassesAtExit=… -Dspring.context.exit=onRefresh`, once) — petclinic ("
				+ petclinic.getFileName() + ", `java -jar`): H2 in memory.");
		lines.add("");
		lines.add("| what | start to healthy, median | runs | idle memory (PSS), median |");
		lines.add("|---|---|---|---|");
		lines.add(row("Siwei, `java -jar siwei.jar`", a, ours));
		lines.add(row("Siwei extracted, with its CDS archive", c, oursCds));
		lines.add(row("spring-petclinic, `java -jar`", b, theirs));
		lines.add("");
		lines.add(String.format("**Ratios: %.2f** as a user starts the jar, **%.2f** extracted with CDS (Siwei's start"
				+ " over petclinic's; goal 0.7).", a / b, c / b));
		Path dir = Path.of("benchmarks", "results");
		Files.createDirectories(dir);
		Path file = dir.resolve("startup-" + LocalDate.now() + ".md");
		Files.write(file, lines);
		log.info("{}{}Written to {}", String.join(System.lineSeparator(), lines), System.lineSeparator(), file);
	}

	private static String row(String what, double median, List<Start> starts) {
		return String.format("| %s | %.2f s | %s | %.0f MiB |", what, median, runs(starts),
				median(starts.stream().map(Start::pssMib).toList()));
	}

	/** Runs the machine's java with these arguments in the folder and waits for it. */
	private static void run(Path folder, List<String> args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(args);
		Process p = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("tool.log").toFile())
			.start();
		if (p.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", args) + " failed: see " + folder.resolve("tool.log"));
		}
	}

	private static String runs(List<Start> starts) {
		return String.join(", ", starts.stream().map(s -> String.format("%.2f", s.seconds())).toList());
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** Starts the jar in the folder, waits until it is healthy, measures, stops it. */
	static Start start(Path jar, Path folder, int port, List<String> extra) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(extra);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("run-" + port + ".log").toFile());
		builder.environment().remove("LANG");
		builder.environment().remove("LC_ALL");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long t0 = System.nanoTime();
		Process process = builder.start();
		try {
			while (true) {
				if (!process.isAlive()) {
					throw new IllegalStateException(jar + " stopped: see " + folder.resolve("run-" + port + ".log"));
				}
				try {
					HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
					if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
						break;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(20);
				if (System.nanoTime() - t0 > 300_000_000_000L) {
					throw new IllegalStateException(jar + " was not healthy within 300 s");
				}
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			Thread.sleep(10_000);
			return new Start(seconds, pss(process.pid(), folder) / 1024.0);
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	/**
	 * KiB of PSS of the process, of every process whose command line names the folder (its database's server) and
	 * of all their descendants (the server's workers, whose command lines do not).
	 */
	private static long pss(long pid, Path folder) throws IOException {
		java.util.Map<Long, Long> parents = new java.util.HashMap<>();
		java.util.Set<Long> counted = new java.util.HashSet<>();
		try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
			for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
				try {
					long id = Long.parseLong(p.getFileName().toString());
					String cmdline = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
					for (String line : Files.readAllLines(p.resolve("status"))) {
						if (line.startsWith("PPid:")) {
							parents.put(id, Long.parseLong(line.replaceAll("[^0-9]", "")));
						}
					}
					if (id == pid || cmdline.contains(folder.toString()) && cmdline.contains("postgres")) {
						counted.add(id);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			}
		}
		boolean grew = true;
		while (grew) {
			grew = false;
			for (var e : parents.entrySet()) {
				if (!counted.contains(e.getKey()) && counted.contains(e.getValue())) {
					grew = counted.add(e.getKey());
				}
			}
		}
		long total = 0;
		for (long id : counted) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc", Long.toString(id), "smaps_rollup"))) {
					if (line.startsWith("Pss:")) {
						total += Long.parseLong(line.replaceAll("[^0-9]", ""));
					}
				}
			}
			catch (IOException ex) {
				// ended meanwhile
			}
		}
		return total;
	}

}
