package cn.siwei.platform;

import javax.sql.DataSource;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to start on a database that cannot handle Chinese text, instead of running with duplicate detection and
 * every trigram index silently dead.
 * <p>
 * PostgreSQL classifies characters by the database's {@code LC_CTYPE}; under {@code C} or {@code POSIX} a Chinese
 * character is not a letter, so {@code pg_trgm} makes no trigrams from Chinese text
 * ({@code similarity('小区经常停水', '小区停水')} is 0 instead of 0.33). The embedded server pins its locale at
 * initdb; an external server's database is checked here, right after the migrations (which create
 * {@code pg_trgm}), by asking for exactly that similarity.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFitness {

	@Bean
	FlywayMigrationStrategy migrateThenCheckChineseText() {
		return flyway -> {
			flyway.migrate();
			check(flyway.getConfiguration().getDataSource());
		};
	}

	/**
	 * Checks that the database makes trigrams from Chinese text.
	 * @param dataSource the platform's database, with {@code pg_trgm} installed
	 * @throws Unfit when it does not
	 */
	static void check(DataSource dataSource) {
		Found db = JdbcClient.create(dataSource)
			.sql("""
					select similarity('小区经常停水', '小区停水') > 0 as fit, datctype, datcollate, current_database() as name
					from pg_database where datname = current_database()""")
			.query(Found.class)
			.single();
		if (!db.fit()) {
			throw new Unfit(db.datctype(), db.datcollate(), db.name());
		}
	}

	private record Found(boolean fit, String datctype, String datcollate, String name) {
	}

	/** The database's character classification does not know Chinese. */
	static final class Unfit extends IllegalStateException {

		private final String ctype;

		private final String collate;

		private final String database;

		Unfit(String ctype, String collate, String database) {
			super("Database '" + database + "' has LC_CTYPE=" + ctype
					+ ": PostgreSQL cannot classify Chinese characters under it, so pg_trgm makes no trigrams from Chinese text");
			this.ctype = ctype;
			this.collate = collate;
			this.database = database;
		}

		String ctype() {
			return this.ctype;
		}

	}

	/** Turns {@link Unfit} into a start-up failure that says what to do. */
	static class Analyzer extends AbstractFailureAnalyzer<Unfit> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, Unfit cause) {
			String description = """
					数据库 "%s" 的字符分类为 LC_CTYPE=%s（排序 LC_COLLATE=%s），无法识别中文：重复诉求识别和中文检索将全部失效。
					The database "%s" has LC_CTYPE=%s (LC_COLLATE=%s). Under it PostgreSQL does not classify Chinese \
					characters, so duplicate detection and every trigram index would silently stop working."""
				.formatted(cause.database, cause.ctype, cause.collate, cause.database, cause.ctype, cause.collate);
			String action = """
					Create the database with a UTF-8 character type and point Siwei at it, for example:
					    CREATE DATABASE %s OWNER <user> ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
					(any UTF-8 locale the server has, such as zh_CN.UTF-8, works too). An existing database cannot change its \
					LC_CTYPE: move its data with pg_dump and pg_restore into the new database."""
				.formatted(cause.database);
			return new FailureAnalysis(description, action, cause);
		}

	}

}
