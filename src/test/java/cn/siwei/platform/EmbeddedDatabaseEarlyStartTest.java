package cn.siwei.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL started while the context is built: the configuration takes the running server when
 * its settings are the same, starts its own when they are not, and gets the same failure a start would throw.
 */
class EmbeddedDatabaseEarlyStartTest {

	@TempDir
	Path folder;

	private static void prepare(Map<String, Object> settings) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new MapPropertySource("test", settings));
		new EmbeddedDatabaseEarlyStart().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
				new DefaultBootstrapContext(), new SpringApplication(), new String[0], env));
	}

	private static SiweiProperties.EmbeddedDb settings(Path data) {
		return new SiweiProperties.EmbeddedDb(data, 0, java.time.Duration.ofSeconds(120));
	}

	@Test
	void theServerStartedEarlyIsTakenWhenItsSettingsAreTheSame() throws Exception {
		Path data = this.folder.resolve("data");
		prepare(Map.of("siwei.embedded-db.data-directory", data.toString()));
		try (EmbeddedPostgresServer server = EmbeddedDatabaseEarlyStart.take(settings(data))) {
			assertThat(server).isNotNull();
			try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
				assertThat(c.isValid(5)).isTrue();
			}
			assertThat(EmbeddedDatabaseEarlyStart.take(settings(data))).as("taken once").isNull();
		}
	}

	@Test
	void otherSettingsOrAnExternalDatabaseTakeNothing() {
		Path data = this.folder.resolve("data");
		prepare(Map.of("siwei.embedded-db.data-directory", data.toString()));
		assertThat(EmbeddedDatabaseEarlyStart.take(settings(this.folder.resolve("elsewhere")))).isNull();
		prepare(Map.of("spring.datasource.url", "jdbc:postgresql://db.example/siwei"));
		assertThat(EmbeddedDatabaseEarlyStart.take(settings(data))).isNull();
	}

	@Test
	void aFailureToStartIsThrownWhereTheServerIsTaken() throws Exception {
		Path notAFolder = Files.writeString(this.folder.resolve("data"), "a file where the data folder should be");
		prepare(Map.of("siwei.embedded-db.data-directory", notAFolder.toString()));
		assertThatThrownBy(() -> EmbeddedDatabaseEarlyStart.take(settings(notAFolder)))
			.isInstanceOf(RuntimeException.class)
			.isNotInstanceOf(java.util.concurrent.CompletionException.class);
	}

}
