package cn.siwei.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Runs the platform on its own embedded PostgreSQL when no external database is configured, so that a site
 * with nothing but a JDK gets a working, durable installation.
 * <p>
 * An external database is configured by {@code SIWEI_DB_URL} (with {@code SIWEI_DB_USER} and
 * {@code SIWEI_DB_PASSWORD}) or by Spring's {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(SiweiProperties properties) {
		SiweiProperties.EmbeddedDb settings = properties.embeddedDb();
		EmbeddedPostgresServer early = EmbeddedDatabaseEarlyStart.take(settings);
		return early != null ? early
				: EmbeddedPostgresServer.start(settings.dataDirectory(), settings.port(), settings.startupWait());
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(server.jdbcUrl());
		ds.setUsername(server.username());
		ds.setPassword(server.password());
		ds.setPoolName("siwei-embedded");
		ds.setMaximumPoolSize(10);
		return ds;
	}

	static class NoExternalDatabase extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var env = context.getEnvironment();
			String url = env.getProperty("spring.datasource.url");
			if (StringUtils.hasText(url)) {
				return ConditionOutcome.noMatch("external database " + url);
			}
			return ConditionOutcome.match("no external database configured");
		}

	}

}
