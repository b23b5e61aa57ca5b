package cn.siwei.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A ledger exported as an .xlsx sheet the way an office files it: a title line that says what it is, with which
 * filters and when it was made; the column headers under it, frozen while scrolling and with an autofilter; then
 * one row per record, streamed (flushed every thousand rows, so a city's ledger never sits in memory). Text typed
 * by people goes in through {@link #text}, neutralised against formulas ({@link Sheets}).
 */
public final class LedgerSheet {

	/** The row of the column headers (under the title line). */
	public static final int HEADER_ROW = 1;

	private final Workbook workbook;

	private final Worksheet sheet;

	private final int columns;

	private int row = HEADER_ROW;

	private LedgerSheet(Workbook workbook, Worksheet sheet, int columns) {
		this.workbook = workbook;
		this.sheet = sheet;
		this.columns = columns;
	}

	/**
	 * @param title what the sheet is, its filters and when it was made, as one line
	 * @param headers the column headers, in the reader's language
	 */
	public static LedgerSheet start(OutputStream out, String name, String title, List<String> headers) {
		Workbook wb = new Workbook(out, "Siwei", "1.0");
		Worksheet ws = wb.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
		ws.value(0, 0, title);
		ws.style(0, 0).bold().fontSize(13).set();
		for (int c = 0; c < headers.size(); c++) {
			ws.value(HEADER_ROW, c, headers.get(c));
			ws.style(HEADER_ROW, c).bold().fillColor("F2F2F2").set();
		}
		ws.freezePane(0, HEADER_ROW + 1);
		return new LedgerSheet(wb, ws, headers.size());
	}

	/** Starts the next record's row and returns its writer. */
	public Row row() {
		this.row++;
		if (this.row % 1000 == 0) {
			try {
				this.sheet.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new Row(this.sheet, this.row);
	}

	/** How many records were written. */
	public long count() {
		return this.row - HEADER_ROW;
	}

	/** Sets the autofilter over the headers and every record, and ends the file. */
	public void finish() {
		this.sheet.setAutoFilter(HEADER_ROW, 0, Math.max(this.row, HEADER_ROW + 1), this.columns - 1);
		try {
			this.workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The cells of one record, left to right. */
	public static final class Row {

		private final Worksheet sheet;

		private final int row;

		private int column;

		Row(Worksheet sheet, int row) {
			this.sheet = sheet;
			this.row = row;
		}

		/** Text typed by a person (neutralised against formulas), or null for an empty cell. */
		public Row text(String text) {
			this.sheet.value(this.row, this.column++, Sheets.text(text));
			return this;
		}

		/** A number. */
		public Row number(Number n) {
			if (n != null) {
				this.sheet.value(this.row, this.column, n);
			}
			this.column++;
			return this;
		}

	}

}
