package cn.siwei.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * No role sees a full phone or ID number, or what rebuilds one, without an audited reveal: every page, JSON answer
 * and export the platform serves (every GET of {@link AccessMatrixIT}'s table, on its sample records and on the
 * lists) is read by every demo login, and its text (a spreadsheet's too) is searched for every phone and ID number
 * the database holds, and for the birth date of every person with an ID number beside that number's masked form.
 * The notifications the platform wrote are searched the same way.
 */
class PersonalDataIT extends SiweiIT {

	@Autowired
	UserDetailsService users;

	record Secret(String value, String what, Long personId) {
	}

	/** Every full personal value in the database, with whose it is (a resident may see their own). */
	private List<Secret> secrets() {
		List<Secret> all = new ArrayList<>();
		this.jdbc.sql("select id, phone, id_number, birth_date from person where phone is not null or id_number is not null")
			.query((rs, n) -> {
				long id = rs.getLong(1);
				String phone = rs.getString(2);
				String idNumber = rs.getString(3);
				if (phone != null && phone.length() >= 7) {
					all.add(new Secret(phone, "phone", id));
				}
				if (idNumber != null) {
					all.add(new Secret(idNumber, "ID number", id));
					all.add(new Secret(idNumber.substring(6, 14), "the birth date inside an ID number", id));
					LocalDate birth = rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate();
					if (birth != null) {
						all.add(new Secret(birth.format(DateTimeFormatter.ISO_LOCAL_DATE), "birth date beside an ID number", id));
					}
				}
				return null;
			})
			.list();
		this.jdbc.sql("select distinct reporter_phone from request where reporter_phone is not null")
			.query(String.class)
			.list()
			.forEach(p -> all.add(new Secret(p, "reporter phone", null)));
		return all;
	}

	@Test
	void noRoleSeesAFullPersonalValueOrWhatRebuildsOneWithoutAReveal() throws Exception {
		AccessMatrixIT.loadSamples(this.jdbc);
		List<Secret> secrets = secrets();
		assertThat(secrets).as("the demo holds personal values to look for").hasSizeGreaterThan(10);
		List<String> leaks = new ArrayList<>();
		Set<String> reported = new HashSet<>();
		int read = 0;
		for (String login : AccessMatrixIT.LOGINS) {
			Long own = ((ActorPrincipal) this.users.loadUserByUsername(login)).actor().personId();
			for (AccessMatrixIT.Endpoint e : AccessMatrixIT.ENDPOINTS) {
				if (e.method() != HttpMethod.GET || e.pattern().startsWith("/open311/v2/tokens")) {
					continue;
				}
				var response = this.mvc.perform(AccessMatrixIT.request(e, user(this.users.loadUserByUsername(login))))
					.andReturn()
					.getResponse();
				if (response.getStatus() != 200) {
					continue;
				}
				read++;
				String text = text(response.getContentAsByteArray(), response.getContentType());
				for (Secret s : secrets) {
					boolean theirs = own != null && own.equals(s.personId());
					if (!theirs && text.contains(s.value()) && reported.add(login + e.pattern() + s.value())) {
						leaks.add(login + " GET " + e.pattern() + " shows a " + s.what() + " (" + s.value() + ")");
					}
				}
			}
		}
		assertThat(read).as("pages, answers and exports read").isGreaterThan(150);
		List<String> notices = this.jdbc.sql("select args::text from notification").query(String.class).list();
		for (Secret s : secrets) {
			if (s.what().contains("phone") || s.what().equals("ID number")) {
				notices.stream().filter(n -> n != null && n.contains(s.value())).findFirst()
					.ifPresent(n -> leaks.add("a notification carries a " + s.what()));
			}
		}
		assertThat(leaks).isEmpty();
	}

	/** The text of an answer; a spreadsheet's is the text of every XML part inside it. */
	private static String text(byte[] body, String contentType) throws IOException {
		if (contentType != null && contentType.contains("spreadsheetml")) {
			StringBuilder all = new StringBuilder();
			Path file = Files.createTempFile("export", ".xlsx");
			try {
				Files.write(file, body);
				try (ZipFile zip = new ZipFile(file.toFile())) {
					for (var entry : Collections.list(zip.entries())) {
						all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			finally {
				Files.deleteIfExists(file);
			}
			return all.toString();
		}
		return new String(body, StandardCharsets.UTF_8);
	}

}
