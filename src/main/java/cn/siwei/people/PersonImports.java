package cn.siwei.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Events;
import cn.siwei.platform.LogSafe;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * Imports residents from an .xlsx sheet in two steps: check (stream the sheet, stage every row with its
 * problems, report progress) and then, on the user's word, save every valid row or nothing.
 * <p>
 * Memory stays flat whatever the size: the sheet is read as a stream and rows are staged in batches; the
 * final save is one set-based statement.
 */
@Service
public class PersonImports {

	private static final Logger log = LoggerFactory.getLogger(PersonImports.class);

	static final String TYPE = "person_import";

	static final int BATCH = 1000;

	/** The header of the sheet, in order; a star marks a required column. */
	static final List<String> COLUMNS = List.of("姓名", "性别", "出生日期", "联系电话", "身份证号", "住址", "区域编码", "关爱标签",
			"党员", "志愿者", "技能特长");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final People people;

	private final Regions regions;

	private final Events events;

	private final TaskExecutor executor;

	private final TransactionTemplate tx;

	private final MessageSource messages;

	private final Clock clock;

	PersonImports(JdbcClient jdbc, JdbcTemplate batch, People people, Regions regions, Events events,
			@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor,
			TransactionTemplate tx, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.people = people;
		this.regions = regions;
		this.events = events;
		this.executor = executor;
		this.tx = tx;
		this.messages = messages;
		this.clock = clock;
	}

	/** Where an import stands. */
	public enum Status {

		/** The sheet is being read and checked. */
		CHECKING,
		/** Checked; waiting for the user to save the valid rows or nothing. */
		READY,
		/** The sheet could not be read. */
		FAILED,
		/** The valid rows were saved. */
		COMMITTED,
		/** The user chose to save nothing. */
		DISCARDED

	}

	/**
	 * An import and its counts.
	 *
	 * @param id the import
	 * @param fileName the uploaded file's name
	 * @param status where it stands
	 * @param totalRows data rows read so far
	 * @param validRows rows without problems
	 * @param invalidRows rows with problems
	 * @param committedRows people saved
	 * @param failure why the sheet could not be read
	 */
	public record Import(long id, String fileName, Status status, int totalRows, int validRows, int invalidRows,
			int committedRows, String failure) {
	}

	/**
	 * A row with problems, for the error report.
	 *
	 * @param rowNo the row's number in the sheet (the header is row 1)
	 * @param name the name in the row
	 * @param problems the problems, in the user's language
	 */
	public record RowProblem(int rowNo, String name, List<String> problems) {
	}

	/**
	 * Starts checking an uploaded sheet in the background and returns at once; the file is deleted when done.
	 * @return the new import's id, to follow its progress
	 */
	public long start(Actor actor, String fileName, Path file) {
		actor.require(Permission.PEOPLE_MANAGE);
		String name = fileName == null ? "upload.xlsx" : fileName;
		if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			deleteQuietly(file);
			throw Rejected.field("file", "import.rejected.notXlsx");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into person_import (account_id, scope_path, file_name, status, created_at, updated_at)
				values (?, ?, ?, 'CHECKING', ?, ?) returning id""")
			.params(actor.accountId(), actor.regionPath(), name.length() > 300 ? name.substring(0, 300) : name, now, now)
			.query(Long.class)
			.single();
		this.executor.execute(() -> check(id, actor, file));
		log.info("Import {} of {} started by {}", id, LogSafe.of(name), actor.username());
		return id;
	}

	@Transactional(readOnly = true)
	public Import get(Actor actor, long id) {
		actor.require(Permission.PEOPLE_MANAGE);
		return this.jdbc.sql("""
				select id, file_name, status, total_rows, valid_rows, invalid_rows, committed_rows, failure
				from person_import where id = ? and account_id = ?""")
			.params(id, actor.accountId())
			.query((rs, n) -> new Import(rs.getLong("id"), rs.getString("file_name"),
					Status.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("valid_rows"),
					rs.getInt("invalid_rows"), rs.getInt("committed_rows"), rs.getString("failure")))
			.optional()
			.orElseThrow(() -> new NotFound(TYPE, id));
	}

	/** The rows with problems, a page at a time, in the user's language. */
	@Transactional(readOnly = true)
	public Page<RowProblem> problems(Actor actor, long id, int page, int size, Locale locale) {
		Import imp = get(actor, id);
		List<RowProblem> rows = this.jdbc.sql("""
				select row_no, name, errors from person_import_row
				where import_id = ? and cardinality(errors) > 0 order by row_no offset ? limit ?""")
			.params(id, Page.offset(page, size), size)
			.query((rs, n) -> new RowProblem(rs.getInt("row_no"), rs.getString("name"),
					describe((String[]) rs.getArray("errors").getArray(), locale)))
			.list();
		return new Page<>(rows, page, size, imp.invalidRows());
	}

	/** Saves every valid row at once; rows with problems are left out. */
	@Transactional
	public int commit(Actor actor, long id) {
		Import imp = get(actor, id);
		if (imp.status() != Status.READY) {
			throw Rejected.because("import.rejected.notReady");
		}
		if (imp.validRows() == 0) {
			throw Rejected.because("import.rejected.nothingValid");
		}
		int lockedRows = this.jdbc.sql("update person_import set status = 'COMMITTED', updated_at = ? where id = ? and status = 'READY'")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		if (lockedRows == 0) {
			throw Rejected.because("import.rejected.notReady");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		// ID numbers registered meanwhile by someone else are skipped rather than failing the whole import.
		int saved = this.jdbc.sql("""
				insert into person (region_id, region_path, name, gender, birth_date, phone, id_number, address,
				                    care_tags, party_member, volunteer, skills, created_at, updated_at, import_id)
				select r.region_id, r.region_path, r.name, r.gender, r.birth_date, r.phone, r.id_number, r.address,
				       r.care_tags, r.party_member, r.volunteer, r.skills, ?, ?, r.import_id
				from person_import_row r join region g on g.id = r.region_id
				where r.import_id = ? and cardinality(r.errors) = 0 and in_subtree(g.path, ?)
				order by r.row_no
				on conflict (id_number) where id_number is not null do nothing""")
			.params(now, now, id, actor.scope().regionPath())
			.update();
		this.jdbc.sql("update person_import set committed_rows = ? where id = ?").params(saved, id).update();
		this.jdbc.sql("delete from person_import_row where import_id = ? and cardinality(errors) = 0").param(id).update();
		this.events.created(actor, TYPE, id, actor.regionPath(), Map.of("file", imp.fileName(), "saved", saved,
				"validRows", imp.validRows(), "invalidRows", imp.invalidRows()));
		log.info("Import {} committed by {}: {} people saved", id, actor.username(), saved);
		return saved;
	}

	/** Saves nothing and forgets the staged rows. */
	@Transactional
	public void discard(Actor actor, long id) {
		Import imp = get(actor, id);
		if (imp.status() != Status.READY && imp.status() != Status.FAILED) {
			throw Rejected.because("import.rejected.notReady");
		}
		this.jdbc.sql("update person_import set status = 'DISCARDED', updated_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		this.jdbc.sql("delete from person_import_row where import_id = ?").param(id).update();
		log.info("Import {} discarded by {}", id, actor.username());
	}

	/** The start of the template's example row's name; a row whose name starts so is not imported. */
	static final String EXAMPLE_MARK = "示例·";

	/** How many region codes the template lists at most (a city's every unit would not help anyone). */
	static final int TEMPLATE_CODES = 5000;

	/**
	 * Writes the template: the header and one example row, and a second sheet with the codes of the regions the
	 * actor may import into (where each is, from the street down), to copy into the code column.
	 */
	public void writeTemplate(Actor actor, OutputStream out) throws IOException {
		actor.require(Permission.PEOPLE_MANAGE);
		Workbook wb = new Workbook(out, "Siwei", "1.0");
		Worksheet ws = wb.newWorksheet("居民");
		for (int c = 0; c < COLUMNS.size(); c++) {
			ws.value(0, c, COLUMNS.get(c));
			ws.style(0, c).bold().set();
		}
		// Obviously made up, and skipped if left in the sheet: a real-looking sample row was once imported as a second
		// 王秀兰, with a real resident's phone.
		List<String> example = List.of(EXAMPLE_MARK + "张三（此行导入时自动跳过）", "男", "1950-01-01", "13800000000", "",
				"某小区1号楼1单元101", "（所在单元的区域编码）", "高龄", "否", "否", "");
		for (int c = 0; c < example.size(); c++) {
			ws.value(1, c, example.get(c));
		}
		Worksheet codes = wb.newWorksheet("区域编码");
		codes.value(0, 0, "区域编码");
		codes.value(0, 1, "区域");
		codes.value(0, 2, "层级");
		for (int c = 0; c < 3; c++) {
			codes.style(0, c).bold().set();
		}
		List<Region> regions = this.regions.search(actor, null, null, TEMPLATE_CODES);
		Map<String, String> where = this.regions.addresses(regions.stream().map(Region::path).toList());
		int r = 1;
		for (Region region : regions) {
			codes.value(r, 0, region.code());
			codes.value(r, 1, where.getOrDefault(region.path(), region.name()));
			codes.value(r, 2, this.messages.getMessage(region.level().messageKey(), null, Locale.SIMPLIFIED_CHINESE));
			r++;
		}
		codes.freezePane(0, 1);
		wb.finish();
	}

	/** Runs in the background: reads, checks and stages every row, then marks the import ready. */
	void check(long id, Actor actor, Path file) {
		try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
			Sheet sheet = wb.getFirstSheet();
			ImportRowChecker checker = new ImportRowChecker(actor, this.people, this.regions, this.messages);
			List<Object[]> batch = new ArrayList<>(BATCH);
			int[] count = { 0 };
			Map<String, Integer> header = null;
			try (Stream<Row> rows = sheet.openStream()) {
				var it = rows.iterator();
				while (it.hasNext()) {
					Row row = it.next();
					if (header == null) {
						header = header(row);
						continue;
					}
					if (blank(row) || example(row, header)) {
						continue;
					}
					batch.add(checker.check(row, header));
					if (batch.size() == BATCH) {
						stage(id, batch, count);
					}
				}
			}
			if (header == null) {
				throw Rejected.because("import.rejected.empty");
			}
			stage(id, batch, count);
			if (count[0] == 0) {
				throw Rejected.because("import.rejected.empty");
			}
			this.tx.executeWithoutResult(status -> finishChecks(id));
			log.info("Import {} checked: {} rows", id, count[0]);
		}
		catch (Rejected ex) {
			fail(id, ex.messageKey() + "|" + (ex.args().length > 0 ? ex.args()[0] : ""));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import {} could not be read: {}", id, ex.toString());
			fail(id, "import.failed|" + ex.getClass().getSimpleName());
		}
		finally {
			deleteQuietly(file);
		}
	}

	/** Whether the row is the template's example, left in the sheet. */
	private static boolean example(Row row, Map<String, Integer> header) {
		Integer col = header.get("姓名");
		return col != null && col < row.getCellCount()
				&& row.getCellAsString(col).map(n -> n.trim().startsWith(EXAMPLE_MARK)).orElse(false);
	}

	private Map<String, Integer> header(Row row) {
		// Columns are found by name, wherever they stand.
		Map<String, Integer> header = new HashMap<>();
		for (int c = 0; c < row.getCellCount(); c++) {
			int col = c;
			row.getCellAsString(c).ifPresent(t -> header.put(t.replace("*", "").trim(), col));
		}
		List<String> missing = List.of("姓名", "区域编码").stream().filter(k -> !header.containsKey(k)).toList();
		if (!missing.isEmpty()) {
			throw Rejected.because("import.rejected.header", String.join("、", missing));
		}
		return header;
	}

	private static boolean blank(Row row) {
		for (int c = 0; c < row.getCellCount(); c++) {
			Cell cell = row.getCell(c);
			if (cell != null && cell.getType() != CellType.EMPTY && !cell.getRawValue().isBlank()) {
				return false;
			}
		}
		return true;
	}

	private void stage(long id, List<Object[]> batch, int[] count) {
		if (batch.isEmpty()) {
			return;
		}
		List<Object[]> args = new ArrayList<>(batch.size());
		for (Object[] values : batch) {
			Object[] a = new Object[values.length + 1];
			a[0] = id;
			System.arraycopy(values, 0, a, 1, values.length);
			args.add(a);
		}
		this.tx.executeWithoutResult(status -> {
			this.batch.batchUpdate("""
					insert into person_import_row (import_id, row_no, name, gender, birth_date, phone, id_number,
					       address, region_id, region_path, care_tags, party_member, volunteer, skills, errors)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?::text[], ?::text[])""", args);
			count[0] += batch.size();
			this.jdbc.sql("update person_import set total_rows = ?, updated_at = ? where id = ?")
				.params(count[0], Timestamp.from(this.clock.instant()), id)
				.update();
		});
		batch.clear();
	}

	/** The checks that need every row at once, done as set-based statements, then the counts. */
	private void finishChecks(long id) {
		// The staged rows were all written just now: statistics taken before (by autovacuum, or a bulk load's analyze,
		// when the table was empty) would plan the checks below for a handful of rows, and they ran for minutes.
		this.jdbc.sql("analyze person_import_row").update();
		this.jdbc.sql("""
				update person_import_row r set errors = r.errors || array['idNumber|import.rejected.duplicateInFile|']
				where r.import_id = :id and r.id_number is not null and r.id_number in (
				    select id_number from person_import_row where import_id = :id and id_number is not null
				    group by id_number having count(*) > 1)""")
			.param("id", id)
			.update();
		this.jdbc.sql("""
				update person_import_row r set errors = r.errors || array['idNumber|people.rejected.idNumberTaken|']
				where r.import_id = ? and r.id_number is not null
				  and exists (select 1 from person p where p.id_number = r.id_number)""")
			.param(id)
			.update();
		// the same person twice: by name and phone, or by name and birth date, in the sheet or already registered
		this.jdbc.sql("""
				update person_import_row r set errors = r.errors || array['name|import.rejected.samePersonInFile|']
				where r.import_id = :id and (r.phone is not null and (r.name, r.phone) in (
				        select name, phone from person_import_row where import_id = :id and phone is not null
				        group by name, phone having count(*) > 1)
				     or r.birth_date is not null and (r.name, r.birth_date) in (
				        select name, birth_date from person_import_row where import_id = :id and birth_date is not null
				        group by name, birth_date having count(*) > 1))""")
			.param("id", id)
			.update();
		this.jdbc.sql("""
				update person_import_row r set errors = r.errors || array['name|import.rejected.samePersonExists|']
				where r.import_id = ? and exists (select 1 from person p where p.name = r.name
				    and (r.phone is not null and p.phone = r.phone or r.birth_date is not null and p.birth_date = r.birth_date))""")
			.param(id)
			.update();
		this.jdbc.sql("""
				update person_import i set status = 'READY', updated_at = ?,
				       valid_rows = (select count(*) from person_import_row r where r.import_id = i.id and cardinality(r.errors) = 0),
				       invalid_rows = (select count(*) from person_import_row r where r.import_id = i.id and cardinality(r.errors) > 0)
				where i.id = ?""")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
	}

	private void fail(long id, String failure) {
		this.jdbc.sql("update person_import set status = 'FAILED', failure = ?, updated_at = ? where id = ?")
			.params(failure, Timestamp.from(this.clock.instant()), id)
			.update();
		this.jdbc.sql("delete from person_import_row where import_id = ?").param(id).update();
	}

	/** The failure of an import, in the user's language. */
	public String failureMessage(Import imp, Locale locale) {
		if (imp.failure() == null) {
			return "";
		}
		String[] parts = imp.failure().split("\\|", -1);
		return this.messages.getMessage(parts[0], new Object[] { parts.length > 1 ? parts[1] : "" }, parts[0], locale);
	}

	private List<String> describe(String[] errors, Locale locale) {
		List<String> out = new ArrayList<>();
		for (String e : errors) {
			String[] parts = e.split("\\|", -1);
			String field = parts[0];
			String key = parts.length > 1 ? parts[1] : e;
			String arg = parts.length > 2 ? parts[2] : "";
			String label = field.isEmpty() ? "" : this.messages.getMessage("people." + field, null, field, locale) + "：";
			out.add(label + this.messages.getMessage(key, new Object[] { arg }, key, locale));
		}
		return out;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete upload {}: {}", file, ex.toString());
		}
	}

}
