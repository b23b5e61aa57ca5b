package cn.siwei.wish;

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

/**
 * The exported ledger holds exactly the rows of the filtered ledger, and no personal data.
 */
class WishExportIT extends SiweiIT {

	@Autowired
	UserDetailsService users;

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries wishQueries;

	@Test
	void theSheetHoldsTheFilteredLedgerAndNoPhoneNumbers() throws Exception {
		byte[] sheet = this.mvc.perform(get("/wishes/export.xlsx").param("status", "OPEN")
			.with(user(this.users.loadUserByUsername("worker"))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Actor worker = ((ActorPrincipal) this.users.loadUserByUsername("worker")).actor();
		long expected = this.wishQueries.ledger(worker, null,
				new WishFilter(WishStatus.OPEN, null, null, null, false, false, null, null, null, null, null),
				Locale.SIMPLIFIED_CHINESE, 0, 1).total();
		assertThat(expected).isPositive();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(sheet));
				Stream<Row> rows = wb.getFirstSheet().openStream()) {
			List<Row> all = rows.toList();
			assertThat(all).hasSize((int) expected + 2);
			assertThat(all.get(0).getCellAsString(0).orElseThrow()).as("the title line says what, where, which filters")
				.contains("微心愿台账").contains("永安社区").contains("状态: 待认领").contains("导出时间");
			assertThat(all.get(1).getCellAsString(0)).contains("编号");
			assertThat(all.subList(1, all.size())).allSatisfy(r -> assertThat(r.getCellAsString(9).orElse("")).isIn("状态", "待认领"));
			assertThat(all.get(2).getCellAsString(3).orElseThrow()).as("the place from the street down")
				.startsWith("昆仑路街道 › 永安社区 › ");
			String text = all.stream().map(Row::toString).reduce("", String::concat);
			assertThat(text).doesNotContain("13909901234").doesNotContain("13899905678");
		}
		String xml = Xlsx.sheetXml(sheet);
		assertThat(xml).as("headers frozen under the title").contains("<pane").contains("ySplit=\"2\"");
		assertThat(xml).as("an autofilter over the headers").contains("<autoFilter ref=\"A2:");
	}

}
