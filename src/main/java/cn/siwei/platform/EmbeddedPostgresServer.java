package cn.siwei.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that the platform runs itself when no external database is configured.
 * <p>
 * The library underneath is made for throw-away test databases; this class makes it fit to keep real data:
 * durable writes ({@code fsync} and {@code synchronous_commit} on), a generated password with
 * {@code scram-sha-256} login instead of {@code trust}, binaries and data under the platform's own folder,
 * and a server left over by a killed run stopped before a new one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	static final String USER = "postgres";

	static final String DATABASE = "siwei";

	/** The locale of the cluster and the database: UTF-8 character classes, code-point order. */
	static final String LOCALE = "C.UTF-8";

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
		this.postgres = postgres;
		this.password = password;
	}

	/**
	 * Starts (and on first use initialises) the server whose files live under {@code root}.
	 * @param root folder for {@code pg/} (the cluster), {@code pg-bin/} (binaries) and {@code pg-password}
	 * @param port loopback port, 0 for a free one
	 * @param startupWait how long to wait for the server to accept connections
	 * @return the running server
	 */
	public static EmbeddedPostgresServer start(Path root, int port, Duration startupWait) {
		try {
			Path dataDir = root.resolve("pg").toAbsolutePath();
			Path binDir = root.resolve("pg-bin").toAbsolutePath();
			Files.createDirectories(binDir);
			Files.createDirectories(dataDir.getParent());
			String password = passwordIn(root.resolve("pg-password"));
			stopLeftOverServer(dataDir, startupWait);
			boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
			// The library keeps stale-directory bookkeeping in its working directory: keep it under ours.
			System.setProperty("ot.epg.working-dir", root.resolve("pg-work").toAbsolutePath().toString());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setOverrideWorkingDirectory(binDir.toFile())
				.setPort(port)
				.setPGStartupWait(startupWait)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "100")
				.setConnectConfig("password", password)
				// Whatever the machine's locale: character classes that know Chinese (pg_trgm makes no
				// trigrams from Chinese under LC_CTYPE=C) and code-point order for text. Names are sorted by
				// pinyin through their own ICU collation (see docs/architecture.md).
				.setLocaleConfig("locale", LOCALE)
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password);
			server.secure(dataDir, fresh);
			server.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL is running on localhost:{} with data in {}", postgres.getPort(), dataDir);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL could not start", ex);
		}
	}

	/** JDBC URL of the platform's database on this server. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	public String username() {
		return USER;
	}

	public String password() {
		return this.password;
	}

	public int port() {
		return this.postgres.getPort();
	}

	/** A plain data source on the platform's database, for tools and tests. */
	public DataSource dataSource() {
		PGSimpleDataSource ds = new PGSimpleDataSource();
		ds.setURL(jdbcUrl());
		ds.setUser(USER);
		ds.setPassword(this.password);
		return ds;
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String passwordIn(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).trim();
		}
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String password = HexFormat.of().formatHex(bytes);
		Files.writeString(file, password, StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("No POSIX permissions on {}", file);
		}
		return password;
	}

	/**
	 * Stops a server that a killed run left behind (it is not the JVM's child and outlives it): the next
	 * start would otherwise attach to it or time out. Only a process that is a postgres server is stopped.
	 */
	static void stopLeftOverServer(Path dataDir, Duration wait) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of);
		if (process.isEmpty() || !process.get().isAlive() || !isPostgresOf(process.get(), dataDir)) {
			log.info("Removing stale {} (no server is running with it)", pidFile);
			Files.deleteIfExists(pidFile);
			return;
		}
		ProcessHandle server = process.get();
		log.warn("Stopping PostgreSQL server {} left over by an earlier run", server.pid());
		signal(server.pid(), "INT");
		long deadline = System.nanoTime() + wait.toNanos();
		while (server.isAlive() && System.nanoTime() < deadline) {
			try {
				server.onExit().get(1, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				log.debug("Still waiting for server {} to stop", server.pid());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while stopping server " + server.pid(), ex);
			}
			catch (ExecutionException ex) {
				throw new IOException(ex);
			}
		}
		if (server.isAlive()) {
			log.warn("Server {} did not stop in {}; killing it (crash recovery will run)", server.pid(), wait);
			server.destroyForcibly();
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether the process is a postgres server of this data directory; a reused process id of anything else,
	 * another PostgreSQL included, is never touched.
	 */
	private static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
		try {
			String comm = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "comm")).trim();
			String cmdline = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"))
				.replace('\0', ' ');
			return (comm.equals("postgres") || comm.equals("postmaster")) && cmdline.contains(dataDir.toString());
		}
		catch (IOException ex) {
			String command = process.info().command().orElse("");
			String args = String.join(" ", process.info().arguments().orElse(new String[0]));
			return command.endsWith("postgres") && args.contains(dataDir.toString());
		}
	}

	private static void signal(long pid, String signal) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/**
	 * Replaces initdb's password-free {@code trust} login with a password and scram-sha-256, once, on the
	 * first start; later starts find the configuration already in place.
	 */
	private void secure(Path dataDir, boolean fresh) throws IOException {
		Path hba = dataDir.resolve("pg_hba.conf");
		String current = Files.readString(hba);
		if (!fresh && !current.contains("trust")) {
			return;
		}
		try (Connection c = this.postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("SET password_encryption = 'scram-sha-256'");
			s.execute("ALTER ROLE postgres PASSWORD '" + this.password.replace("'", "''") + "'");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set the database password", ex);
		}
		Files.writeString(hba, """
				# Written by Siwei: password login only, loopback only.
				local   all   all                  scram-sha-256
				host    all   all   127.0.0.1/32   scram-sha-256
				host    all   all   ::1/128        scram-sha-256
				""");
		try (Connection c = this.postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not reload the login configuration", ex);
		}
		log.info("Embedded PostgreSQL now requires a password (scram-sha-256)");
	}

	private void createDatabaseIfMissing() throws IOException {
		try (Connection c = this.postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
			if (!rs.next()) {
				s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' LC_COLLATE '" + LOCALE + "' LC_CTYPE '"
						+ LOCALE + "' TEMPLATE template0");
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the database " + DATABASE, ex);
		}
	}

}
