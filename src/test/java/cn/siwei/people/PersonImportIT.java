package cn.siwei.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.Worksheet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.Rejected;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing residents from .xlsx: a row-by-row report first, then every valid row or nothing.
 */
public class PersonImportIT extends SiweiIT {

	static final List<String> HEADER = PersonImports.COLUMNS;

	@Autowired
	PersonImports imports;

	@Autowired
	UserDetailsService users;

	Actor worker() {
		return ((ActorPrincipal) this.users.loadUserByUsername("worker")).actor();
	}

	/** A sheet with the template's header and the given rows, for other tests. */
	public static Path sheetFor(List<List<Object>> rows) throws IOException {
		return sheet(rows);
	}

	static Path sheet(List<List<Object>> rows) throws IOException {
		Path file = Files.createTempFile("import-test-", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook wb = new Workbook(out, "test", "1.0");
			Worksheet ws = wb.newWorksheet("居民");
			for (int c = 0; c < HEADER.size(); c++) {
				ws.value(0, c, HEADER.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object v = row.get(c);
					if (v instanceof Number n) {
						ws.value(r + 1, c, n);
					}
					else if (v instanceof LocalDate d) {
						ws.value(r + 1, c, d);
					}
					else if (v != null) {
						ws.value(r + 1, c, v.toString());
					}
				}
				if (r % 10_000 == 0) {
					ws.flush();
				}
			}
			wb.finish();
		}
		return file;
	}

	static String idNumber(int i) {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i / 1000);
		return IdNumbers.withCheck("650203" + birth.toString().replace("-", "") + String.format("%03d", i % 1000));
	}

	/** The import once its background check has ended, as the page's progress bar waits for it. */
	PersonImports.Import checked(long id) {
		return Awaitility.await()
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.imports.get(worker(), id), imp -> imp.status() != PersonImports.Status.CHECKING);
	}

	@Test
	void theReportNamesEveryBadRowAndItsProblemsAndSavingKeepsOnlyTheValidRows() throws Exception {
		String unit = "650203001001-01-01-1";
		Path file = sheet(List.of(
				List.of("导入甲", "男", IdNumbers.birthDate(idNumber(900_001)), 13900000001L, idNumber(900_001), "永安小区", unit, "孤寡老人", "否", "是", "维修"),
				List.of("", "女", "", "12", "", "", unit, "", "", "", ""),
				List.of("导入乙", "未知", "", "", "650203195001011230", "", "NO-SUCH-CODE", "外星人", "也许", "", ""),
				List.of("导入丙", "", "", "", idNumber(900_002), "", unit, "高龄、残疾人", "是", "", ""),
				List.of("导入丁", "", "", "", idNumber(900_002), "", unit, "", "", "", "")));
		var upload = new MockMultipartFile("file", "residents.xlsx", null, Files.readAllBytes(file));
		String location = this.mvc.perform(multipart("/people/import").file(upload)
			.with(user(this.users.loadUserByUsername("worker")))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		PersonImports.Import imp = checked(id);
		assertThat(imp.status()).isEqualTo(PersonImports.Status.READY);
		assertThat(imp.totalRows()).isEqualTo(5);
		assertThat(imp.validRows()).isEqualTo(1);
		assertThat(imp.invalidRows()).isEqualTo(4);

		var problems = this.imports.problems(worker(), id, 0, 50, Locale.SIMPLIFIED_CHINESE).items();
		assertThat(problems).extracting(PersonImports.RowProblem::rowNo).containsExactly(3, 4, 5, 6);
		assertThat(problems.get(0).problems()).contains("姓名：此项必填。")
			.anyMatch(p -> p.startsWith("联系电话："));
		assertThat(problems.get(1).problems()).contains("所属区域：区域编码不存在，或不在您的管辖范围内。",
				"关爱标签：无法识别的关爱标签：外星人", "党员：只能填“是”或“否”。")
			.anyMatch(p -> p.startsWith("性别："))
			.anyMatch(p -> p.startsWith("身份证号："));
		assertThat(problems.get(2).problems()).contains("身份证号：身份证号在文件中重复出现。");

		this.mvc.perform(get(location).with(user(this.users.loadUserByUsername("worker"))))
			.andExpect(content().string(Matchers.containsString("区域编码不存在")));

		int saved = this.imports.commit(worker(), id);
		assertThat(saved).isEqualTo(1);
		var row = this.jdbc.sql("select phone, care_tags::text, volunteer, import_id from person where name = '导入甲'")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4)))
			.single();
		assertThat(row).containsExactly("13900000001", "{ELDERLY_ALONE}", true, id);
		assertThat(this.jdbc.sql("select count(*) from person where name in ('导入丙', '导入丁')").query(Long.class).single()).isZero();
		assertThatThrownBy(() -> this.imports.commit(worker(), id)).isInstanceOf(Rejected.class);
	}

	/** The same person twice (in the sheet, or already registered) and phones that cannot be dialled are refused. */
	@Test
	void theSamePersonTwiceAndUndiallablePhonesAreNamedInTheReport() throws Exception {
		String unit = "650203001001-01-01-1";
		LocalDate born = LocalDate.of(1941, 5, 6);
		Path file = sheet(List.of(
				List.of("王秀兰", "女", "", "13909901234", "", "", unit, "", "", "", ""),
				List.of("导入戊", "男", born, "", "", "", unit, "", "", "", ""),
				List.of("导入戊", "男", born, "", "", "", unit, "", "", "", ""),
				List.of("导入己", "", "", "68123456", "", "", unit, "", "", "", ""),
				List.of("导入庚", "", "", "12012345678", "", "", unit, "", "", "", ""),
				List.of("导入辛", "", "", "0990-6881234", "", "", unit, "", "", "", "")));
		var upload = new MockMultipartFile("file", "residents.xlsx", null, Files.readAllBytes(file));
		String location = this.mvc.perform(multipart("/people/import").file(upload)
			.with(user(this.users.loadUserByUsername("worker"))).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		PersonImports.Import imp = checked(id);
		assertThat(imp.validRows()).as("only the landline with its area code").isEqualTo(1);
		var problems = this.imports.problems(worker(), id, 0, 50, Locale.SIMPLIFIED_CHINESE).items();
		assertThat(problems).extracting(PersonImports.RowProblem::rowNo).containsExactly(2, 3, 4, 5, 6);
		assertThat(problems.get(0).problems()).anyMatch(p -> p.contains("已登记过同名且电话或出生日期相同的居民"));
		assertThat(problems.get(1).problems()).anyMatch(p -> p.contains("在文件中出现了不止一次"));
		assertThat(problems.get(3).problems()).anyMatch(p -> p.startsWith("联系电话："));
		assertThat(problems.get(4).problems()).anyMatch(p -> p.startsWith("联系电话："));
		this.imports.discard(worker(), id);
	}

	/** The template lists the codes of the worker's regions, where each is, on a sheet of its own. */
	@Test
	void theTemplateListsTheWorkersRegionCodes() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/people/import/template").with(user(this.users.loadUserByUsername("worker"))))
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheets = wb.getSheets().toList();
			assertThat(sheets).hasSize(2);
			try (var rows = sheets.get(1).openStream()) {
				var codes = rows.map(r -> r.getCellAsString(0).orElse("") + "=" + r.getCellAsString(1).orElse("")).toList();
				assertThat(codes).contains("650203001001-01-01-1=昆仑路街道 › 永安社区 › 永安小区 › 1号楼 › 1单元");
				assertThat(codes).noneMatch(c -> c.startsWith("650202001009"));
			}
		}
	}

	@Test
	void choosingToSaveNothingSavesNothing() throws Exception {
		Path file = sheet(List.of(List.of("放弃者", "", "", "", idNumber(900_010), "", "650203001001", "", "", "", "")));
		long id = this.imports.start(worker(), "x.xlsx", file);
		assertThat(checked(id).validRows()).isEqualTo(1);
		this.imports.discard(worker(), id);
		assertThat(this.jdbc.sql("select count(*) from person where name = '放弃者'").query(Long.class).single()).isZero();
		assertThat(this.imports.get(worker(), id).status()).isEqualTo(PersonImports.Status.DISCARDED);
	}

	@Test
	void aSheetWithoutTheRequiredColumnsIsRefusedWithTheirNames() throws Exception {
		Path file = Files.createTempFile("bad-header", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook wb = new Workbook(out, "t", "1.0");
			Worksheet ws = wb.newWorksheet("s");
			ws.value(0, 0, "名字");
			ws.value(1, 0, "某人");
			wb.finish();
		}
		long id = this.imports.start(worker(), "bad.xlsx", file);
		PersonImports.Import imp = checked(id);
		assertThat(imp.status()).isEqualTo(PersonImports.Status.FAILED);
		assertThat(this.imports.failureMessage(imp, Locale.SIMPLIFIED_CHINESE)).contains("姓名", "区域编码");
	}

	@Test
	void aFileThatIsNotAWorkbookFailsCleanly() throws Exception {
		Path file = Files.createTempFile("garbage", ".xlsx");
		Files.writeString(file, "this is not a workbook");
		long id = this.imports.start(worker(), "garbage.xlsx", file);
		assertThat(checked(id).status()).isEqualTo(PersonImports.Status.FAILED);
		assertThatThrownBy(() -> this.imports.start(worker(), "people.csv", Files.createTempFile("x", ".csv")))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("import.rejected.notXlsx"));
	}

	/** The failsafe JVM runs with -Xmx768m: this import of 100,000 rows must fit in it. */
	@Test
	void aHundredThousandRowsImportWithinASmallHeap() throws Exception {
		int n = 100_000;
		String[] units = { "650203001001-01-01-1", "650203001001-01-01-2", "650203001001-01" };
		List<List<Object>> rows = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			rows.add(List.of("批量居民" + i, i % 2 == 0 ? "男" : "女", "", "139" + String.format("%08d", i), idNumber(i),
					"永安小区" + i + "号", units[i % 3], i % 10 == 0 ? "高龄" : "", "否", "否", ""));
		}
		Path file = sheet(rows);
		rows = null;
		long id = this.imports.start(worker(), "big.xlsx", file);
		PersonImports.Import imp = checked(id);
		assertThat(imp.status()).isEqualTo(PersonImports.Status.READY);
		assertThat(imp.totalRows()).isEqualTo(n);
		assertThat(imp.validRows()).isEqualTo(n);
		assertThat(this.imports.commit(worker(), id)).isEqualTo(n);
		assertThat(this.jdbc.sql("select count(*) from person where import_id = ?").param(id).query(Long.class).single())
			.isEqualTo(n);
	}

}
