package cn.siwei.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** What a spreadsheet reader does not show of an .xlsx file: its first worksheet's XML (frozen panes, filters). */
public final class Xlsx {

	private Xlsx() {
	}

	public static String sheetXml(byte[] xlsx) throws IOException {
		// read through the central directory: the writer streams its entries with data descriptors
		Path file = Files.createTempFile("siwei-", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				var entry = zip.getEntry("xl/worksheets/sheet1.xml");
				if (entry == null) {
					throw new AssertionError("no worksheet in the file");
				}
				try (InputStream in = zip.getInputStream(entry)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
