package cn.siwei.request;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.support.SiweiIT;
import cn.siwei.support.Xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The request ledger and the supervision list leave as sheets an office can file: what, where, which filters and
 * when on the title line; frozen, filterable headers; every matching row; no reporter's name or phone.
 */
class RequestExportIT extends SiweiIT {

	@Autowired
	UserDetailsService users;

	@Autowired
	RequestQueries queries;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	List<Row> rows(byte[] xlsx) throws Exception {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				Stream<Row> rows = wb.getFirstSheet().openStream()) {
			return rows.toList();
		}
	}

	byte[] download(String url, String login, String... params) throws Exception {
		var request = get(url).with(user(this.users.loadUserByUsername(login)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	@Test
	void theLedgerSheetHoldsEveryMatchingRequestUnderATitleNamingTheFilters() throws Exception {
		long all = this.queries.ledger(actor("worker"), null,
				new RequestFilter(null, null, null, null, false, null, null, null, null, null, null), Locale.SIMPLIFIED_CHINESE,
				0, 1).total();
		List<Row> sheet = rows(download("/requests/export.xlsx", "worker"));
		assertThat(sheet).hasSize((int) all + 2);
		assertThat(sheet.get(0).getCellAsString(0).orElseThrow()).contains("诉求台账").contains("永安社区").contains("全部");
		assertThat(sheet.get(1).getCellAsString(4)).contains("诉求内容");

		List<Row> water = rows(download("/requests/export.xlsx", "worker", "q", "积水", "escalated", "true"));
		assertThat(water.get(0).getCellAsString(0).orElseThrow()).contains("搜索: 积水").contains("经街道吹哨");
		assertThat(water).hasSizeGreaterThan(2);
		assertThat(water.subList(2, water.size())).allSatisfy(r -> {
			assertThat(r.getCellAsString(4).orElse("")).contains("积水");
			assertThat(r.getCellAsString(5).orElse("")).startsWith("昆仑路街道 › 永安社区");
		});
		String text = sheet.stream().map(Row::toString).reduce("", String::concat);
		assertThat(text).as("no reporter's phone or name").doesNotContain("13899990000").doesNotContain("刘先生");
		String xml = Xlsx.sheetXml(download("/requests/export.xlsx", "worker"));
		assertThat(xml).contains("ySplit=\"2\"").contains("<autoFilter ref=\"A2:");
	}

	@Test
	void theSupervisionSheetHoldsTheWholeList() throws Exception {
		long lines = this.queries.supervision(actor("street"), Locale.SIMPLIFIED_CHINESE, 0, 1).total();
		List<Row> sheet = rows(download("/requests/supervision.xlsx", "street"));
		assertThat(sheet).hasSize((int) lines + 2);
		assertThat(sheet.get(0).getCellAsString(0).orElseThrow()).contains("督办清单").contains("昆仑路街道");
	}

	@Test
	void theAuditTrailLeavesAsASheetOfWhatTheFilterFinds() throws Exception {
		List<Row> sheet = rows(download("/audit/export.xlsx", "admin", "action", "VIEW_PERSONAL_DATA"));
		long found = this.jdbc.sql("select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA'").query(Long.class).single();
		assertThat(sheet).hasSize((int) found + 2);
		assertThat(sheet.get(0).getCellAsString(0).orElseThrow()).contains("审计日志").contains("操作: ");
		assertThat(sheet.subList(2, sheet.size())).allSatisfy(r -> assertThat(r.getCellAsString(2).orElse("")).isNotBlank());
		this.mvc.perform(get("/audit/export.xlsx").with(user(this.users.loadUserByUsername("worker"))))
			.andExpect(status().isForbidden());
		// the page reads in Chinese: what kind of record, which fields changed from what to what
		String page = this.mvc.perform(get("/audit").param("type", "request").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("微诉求 #").contains("变更内容").contains("<option value=\"wish\">微心愿</option>")
			.doesNotContain("{&quot;");
	}

}
