package cn.siwei.platform;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Backs up and restores the platform's database from the command line, while the platform serves:
 * <ul>
 * <li>{@code java -jar siwei.jar backup DIR}: the embedded database (the {@code data} folder of the platform started
 * in this folder) as a physical copy taken with PostgreSQL's own backup API ({@code pg_backup_start}, the files,
 * {@code pg_backup_stop}, the WAL written meanwhile, held by a temporary replication slot), consistent as of the
 * backup's end whatever the platform wrote meanwhile; a stopped database is copied as it is. With an external
 * server configured ({@code SIWEI_DB_URL}), {@code pg_dump} of it into {@code DIR/siwei.dump}.</li>
 * <li>{@code java -jar siwei.jar restore DIR}: the backup made into this folder's {@code data} (which must not hold a
 * database yet); the platform then starts on it as on its own. With an external server configured, {@code pg_restore}
 * into its (empty) database.</li>
 * </ul>
 * Plain Java, without the platform's context: the running platform owns the embedded server and must not be
 * stopped by a second start on the same folder.
 */
public final class DatabaseBackup {

	/** What the copy leaves out (PostgreSQL's list for base backups): made again at start or meaningless in a copy. */
	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
			"tablespace_map", "backup_label.old", "standby.signal", "recovery.signal");

	/** Folders whose contents are left out (the folder itself is kept). */
	private static final Set<String> EMPTIED_FOLDERS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private final PrintStream out;

	private final Map<String, String> env;

	DatabaseBackup(PrintStream out, Map<String, String> env) {
		this.out = out;
		this.env = env;
	}

	/**
	 * Runs {@code backup DIR} or {@code restore DIR} with the platform's settings from the arguments
	 * ({@code --siwei.embedded-db.data-directory=…}, {@code --spring.datasource.url=…}) or the environment.
	 * @return the exit code: 0 done, 1 failed (the reason printed), 2 wrong usage
	 */
	public static int command(String[] args) {
		// UTF-8 whatever the machine's locale (the messages are Chinese; an unset locale would print ????)
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		return new DatabaseBackup(out, System.getenv()).run(args);
	}

	/** Whether the arguments ask for this tool rather than the platform. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
	}

	int run(String[] args) {
		List<String> positional = new ArrayList<>();
		Properties settings = new Properties();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				settings.setProperty(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else {
				positional.add(arg);
			}
		}
		if (positional.size() != 2) {
			this.out.println("用法 usage: java -jar siwei.jar backup <folder> | restore <folder>");
			return 2;
		}
		Path folder = Path.of(positional.get(1)).toAbsolutePath();
		Path dataRoot = Path.of(setting(settings, "siwei.embedded-db.data-directory", "SIWEI_EMBEDDEDDB_DATADIRECTORY",
				"data")).toAbsolutePath();
		try {
			Optional<External> external = External.of(setting(settings, "spring.datasource.url", "SIWEI_DB_URL", null),
					setting(settings, "spring.datasource.username", "SIWEI_DB_USER", null),
					setting(settings, "spring.datasource.password", "SIWEI_DB_PASSWORD", null));
			if (positional.get(0).equals("backup")) {
				if (external.isPresent()) {
					return external.get().dump(folder, this.out);
				}
				backupEmbedded(dataRoot, folder);
			}
			else {
				if (external.isPresent()) {
					return external.get().restore(folder, this.out);
				}
				restoreEmbedded(folder, dataRoot);
			}
			return 0;
		}
		catch (IOException | SQLException | UncheckedIOException | IllegalStateException ex) {
			this.out.println("失败 failed: " + ex.getMessage());
			return 1;
		}
	}

	private String setting(Properties args, String name, String variable, String fallback) {
		String value = args.getProperty(name);
		if (value == null) {
			value = this.env.get(variable);
		}
		return value == null || value.isBlank() ? fallback : value;
	}

	/**
	 * Copies the embedded database under {@code dataRoot} into {@code target}: online through the backup API when
	 * its server is running, as the files are when it is not.
	 */
	void backupEmbedded(Path dataRoot, Path target) throws IOException, SQLException {
		Path cluster = dataRoot.resolve("pg");
		if (!Files.exists(cluster.resolve("PG_VERSION"))) {
			throw new IllegalStateException("这里没有内置数据库 no embedded database at " + cluster
					+ " (run the command in the folder the platform runs in, or set --siwei.embedded-db.data-directory)");
		}
		requireEmpty(target);
		long started = System.nanoTime();
		Path copy = target.resolve("pg");
		Files.createDirectories(copy);
		Optional<Integer> port = runningPort(cluster);
		if (port.isEmpty()) {
			copyTree(cluster, copy);
			this.out.println("backup: the database is not running; its files copied as they are");
		}
		else {
			String password = Files.readString(dataRoot.resolve("pg-password"), StandardCharsets.UTF_8).trim();
			try (Connection c = DriverManager.getConnection(
					"jdbc:postgresql://localhost:" + port.get() + "/" + EmbeddedPostgresServer.DATABASE,
					EmbeddedPostgresServer.USER, password)) {
				// WAL from here on is kept until this session ends, whatever checkpoints happen during the copy
				try (PreparedStatement s = c.prepareStatement("select pg_create_physical_replication_slot(?, true, true)")) {
					s.setString(1, "siwei_backup_" + ProcessHandle.current().pid());
					s.execute();
				}
				try (PreparedStatement s = c.prepareStatement("select pg_backup_start(?, true)")) {
					s.setString(1, "siwei " + Instant.now());
					s.execute();
				}
				copyTree(cluster, copy);
				String label;
				String tablespaces;
				try (PreparedStatement s = c.prepareStatement("select labelfile, spcmapfile from pg_backup_stop(false)");
						ResultSet rs = s.executeQuery()) {
					rs.next();
					label = rs.getString(1);
					tablespaces = rs.getString(2);
				}
				Files.writeString(copy.resolve("backup_label"), label, StandardCharsets.UTF_8);
				if (tablespaces != null && !tablespaces.isEmpty()) {
					Files.writeString(copy.resolve("tablespace_map"), tablespaces, StandardCharsets.UTF_8);
				}
				// the WAL of the copy's time, last: recovery replays it to a consistent state at start
				copyWal(cluster.resolve("pg_wal"), copy.resolve("pg_wal"));
			}
			this.out.println("backup: taken while the database served on port " + port.get());
		}
		Files.copy(dataRoot.resolve("pg-password"), target.resolve("pg-password"));
		ownerOnly(copy);
		ownerOnly(target.resolve("pg-password"));
		long bytes = size(target);
		Files.writeString(target.resolve("BACKUP.txt"), "Siwei backup of " + cluster + " taken " + Instant.now()
				+ "\nRestore: java -jar siwei.jar restore " + target + "  (in the folder to run the platform in)\n",
				StandardCharsets.UTF_8);
		this.out.printf("backup: %s, %,d MB in %.1f s%n", target, bytes / 1_048_576,
				(System.nanoTime() - started) / 1e9);
	}

	/** Puts a backup in place as the database of {@code dataRoot}, which must not hold one. */
	void restoreEmbedded(Path backup, Path dataRoot) throws IOException {
		if (!Files.exists(backup.resolve("pg").resolve("PG_VERSION"))) {
			throw new IllegalStateException("不是四微的备份 not a Siwei backup: " + backup + " (no pg/PG_VERSION)");
		}
		Path cluster = dataRoot.resolve("pg");
		if (Files.exists(cluster) && !isEmpty(cluster)) {
			throw new IllegalStateException("数据目录已有数据库，未改动 " + cluster
					+ " already holds a database; nothing was changed (restore into a new folder, or move it away)");
		}
		Files.createDirectories(dataRoot);
		// everything, as it is: the backup's label and its log are what the first start recovers from
		copyAll(backup.resolve("pg"), cluster);
		Files.copy(backup.resolve("pg-password"), dataRoot.resolve("pg-password"), StandardCopyOption.REPLACE_EXISTING);
		ownerOnly(cluster);
		ownerOnly(dataRoot.resolve("pg-password"));
		this.out.println("restore: " + backup + " is now the database in " + dataRoot
				+ "; start the platform in this folder (it replays the backup's log on its first start)");
	}

	/** The port of the server running on this cluster, from its {@code postmaster.pid}, if it runs. */
	static Optional<Integer> runningPort(Path cluster) throws IOException {
		Path pid = cluster.resolve("postmaster.pid");
		if (!Files.exists(pid)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pid);
		if (lines.size() < 4) {
			return Optional.empty();
		}
		try {
			long process = Long.parseLong(lines.get(0).trim());
			if (ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false)) {
				return Optional.of(Integer.parseInt(lines.get(3).trim()));
			}
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static void requireEmpty(Path target) throws IOException {
		if (Files.exists(target) && !isEmpty(target)) {
			throw new IllegalStateException("目标目录不是空的 the backup folder is not empty: " + target);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Copies a cluster's files, leaving out what a base backup leaves out; files gone meanwhile are skipped. */
	private static void copyTree(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Path relative = from.relativize(dir);
				Files.createDirectories(to.resolve(relative.toString()));
				if (relative.getNameCount() == 1 && EMPTIED_FOLDERS.contains(relative.toString())) {
					if (relative.toString().equals("pg_wal")) {
						Files.createDirectories(to.resolve("pg_wal").resolve("archive_status"));
					}
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Path relative = from.relativize(file);
				String name = file.getFileName().toString();
				if ((relative.getNameCount() == 1 && SKIPPED_FILES.contains(name)) || name.startsWith("pgsql_tmp")) {
					return FileVisitResult.CONTINUE;
				}
				try {
					Files.copy(file, to.resolve(relative.toString()), StandardCopyOption.REPLACE_EXISTING);
				}
				catch (NoSuchFileException ex) {
					// dropped while copying (a table or a temporary file): the log replays its removal
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}
		});
	}

	private static void copyAll(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static void copyWal(Path from, Path to) throws IOException {
		Files.createDirectories(to.resolve("archive_status"));
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file)) {
					try {
						Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
					}
					catch (NoSuchFileException ex) {
						// a segment recycled after the slot let it go: older than the backup's start
					}
				}
			}
		}
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> {
				try {
					return Files.size(f);
				}
				catch (IOException ex) {
					return 0;
				}
			}).sum();
		}
	}

	/** PostgreSQL refuses a data folder others may read; the password is the owner's alone. */
	private static void ownerOnly(Path path) throws IOException {
		try {
			Files.setPosixFilePermissions(path,
					PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: nothing to tighten
		}
	}

	/**
	 * An external server, backed up and restored with PostgreSQL's own client tools ({@code pg_dump},
	 * {@code pg_restore}) of the machine, which must be on the {@code PATH}.
	 */
	record External(String host, int port, String database, String user, String password) {

		static Optional<External> of(String url, String user, String password) {
			if (url == null) {
				return Optional.empty();
			}
			if (!url.startsWith("jdbc:postgresql://")) {
				throw new IllegalStateException("not a PostgreSQL URL: " + url);
			}
			URI uri = URI.create(url.substring("jdbc:".length()));
			String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
			return Optional.of(new External(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database,
					user == null ? "postgres" : user, password));
		}

		int dump(Path folder, PrintStream out) throws IOException {
			requireEmpty(folder);
			Files.createDirectories(folder);
			int code = tool(out, "pg_dump", "--format=custom", "--no-owner", "--file="
					+ folder.resolve("siwei.dump"), this.database);
			if (code == 0) {
				out.println("backup: " + folder.resolve("siwei.dump") + " (pg_dump of " + this.database + " on " + this.host
						+ ":" + this.port + ")");
			}
			return code;
		}

		int restore(Path folder, PrintStream out) throws IOException {
			Path dump = folder.resolve("siwei.dump");
			if (!Files.exists(dump)) {
				throw new IllegalStateException("不是四微的备份 not a Siwei backup of an external server: no " + dump);
			}
			int code = tool(out, "pg_restore", "--no-owner", "--exit-on-error", "--single-transaction",
					"--dbname=" + this.database, dump.toString());
			if (code == 0) {
				out.println("restore: " + dump + " restored into " + this.database + " on " + this.host + ":" + this.port);
			}
			return code;
		}

		private int tool(PrintStream out, String name, String... args) throws IOException {
			List<String> command = new ArrayList<>(List.of(name, "--host=" + this.host, "--port=" + this.port,
					"--username=" + this.user));
			command.addAll(List.of(args));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			if (this.password != null) {
				builder.environment().put("PGPASSWORD", this.password);
			}
			Process process;
			try {
				process = builder.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException(name + " was not found: an external server is backed up with"
						+ " PostgreSQL's client tools (Debian: apt-get install postgresql-client)", ex);
			}
			process.getInputStream().transferTo(out);
			try {
				return process.waitFor() == 0 ? 0 : 1;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return 1;
			}
		}

	}

}
