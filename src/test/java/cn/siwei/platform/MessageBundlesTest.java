package cn.siwei.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.siwei.access.Role;
import cn.siwei.people.CareTag;
import cn.siwei.region.RegionLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages say everything: the bundles have the same keys, and every key a template or the code names
 * is in them.
 */
class MessageBundlesTest {

	static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(load("messages.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties p = load(bundle);
			assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(bundle + " " + k).isNotBlank());
		}
	}

	@Test
	void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
		Properties zh = load("messages.properties");
		Set<String> missing = new TreeSet<>();
		Pattern template = Pattern.compile("#\\{([a-zA-Z0-9_.]+[a-zA-Z0-9_])[}(]");
		Pattern code = Pattern.compile("\"((?:validation|people|region|account|pairing|post|liaison|team|import|organisation|flash|error|audit)\\.[a-zA-Z.]+)\"");
		scan(Path.of("src/main/resources/templates"), template, zh, missing);
		scan(Path.of("src/main/java"), code, zh, missing);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownToUsersHasItsName() throws IOException {
		Properties zh = load("messages.properties");
		for (Role r : Role.values()) {
			assertThat(zh).containsKey(r.messageKey());
		}
		for (CareTag t : CareTag.values()) {
			assertThat(zh).containsKey(t.messageKey());
		}
		for (RegionLevel l : RegionLevel.values()) {
			assertThat(zh).containsKey(l.messageKey());
		}
		for (RecordChanged.Action a : RecordChanged.Action.values()) {
			assertThat(zh).containsKey("audit.action." + a.name());
		}
	}

	private static void scan(Path root, Pattern pattern, Properties bundle, Set<String> missing) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				Matcher m = pattern.matcher(Files.readString(f));
				while (m.find()) {
					String key = m.group(1);
					if (!bundle.containsKey(key) && !key.endsWith(".")) {
						missing.add(key + " (" + root.relativize(f) + ")");
					}
				}
			}
		}
	}

}
