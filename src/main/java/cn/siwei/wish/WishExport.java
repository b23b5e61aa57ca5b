package cn.siwei.wish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.access.Scope;
import cn.siwei.platform.Sheets;

/**
 * Writes the filtered ledger to an .xlsx sheet by streaming: rows come from a database cursor and leave for the
 * output as they are written, so memory stays flat however many wishes there are. Beneficiaries appear by name
 * only; no phone, ID number or address is exported.
 */
@Service
public class WishExport {

	private final WishRepository repository;

	private final MessageSource messages;

	private final Clock clock;

	WishExport(WishRepository repository, MessageSource messages, Clock clock) {
		this.repository = repository;
		this.messages = messages;
		this.clock = clock;
	}

	static final List<String> COLUMNS = List.of("wish.export.id", "wish.collectedAt", "wish.beneficiary",
			"people.region", "wish.category", "wish.description", "wish.urgency", "wish.difficulty", "wish.channel",
			"wish.status", "wish.claimant", "wish.contactDue", "wish.committedDate", "wish.export.completedAt",
			"wish.evaluation", "wish.overdue");

	/** @return how many wishes were written */
	@Transactional(readOnly = true)
	public long write(Actor actor, String regionPath, WishFilter filter, Locale locale, OutputStream out) {
		// The ledger with beneficiaries' names and care flags leaves the platform only for those who may see people.
		actor.require(WishPermissions.VIEW);
		actor.require(Permission.PEOPLE_VIEW);
		Scope scope = regionPath != null && Scope.of(actor.regionPath()).covers(regionPath) ? Scope.of(regionPath)
				: Scope.of(actor.regionPath());
		Workbook wb = new Workbook(out, "Siwei", "1.0");
		Worksheet ws = wb.newWorksheet(text("wish.ledger", locale));
		for (int c = 0; c < COLUMNS.size(); c++) {
			ws.value(0, c, text(COLUMNS.get(c), locale));
			ws.style(0, c).bold().set();
		}
		long[] row = { 0 };
		this.repository.forEach(scope, WishReach.FULL, filter, "en".equals(locale.getLanguage()), w -> {
			int r = (int) ++row[0];
			int c = 0;
			ws.value(r, c++, w.id());
			ws.value(r, c++, local(w.createdAt()));
			ws.value(r, c++, Sheets.text(w.beneficiaryName()));
			ws.value(r, c++, Sheets.text(w.regionName()));
			ws.value(r, c++, Sheets.text(w.categoryName()));
			ws.value(r, c++, Sheets.text(w.description()));
			ws.value(r, c++, text(w.urgency().messageKey(), locale));
			ws.value(r, c++, text(w.difficulty().messageKey(), locale));
			ws.value(r, c++, text(w.channel().messageKey(), locale));
			ws.value(r, c++, text(w.status().messageKey(), locale));
			ws.value(r, c++, Sheets.text(w.claimantName()));
			ws.value(r, c++, local(w.contactDueAt()));
			ws.value(r, c++, w.committedDate() == null ? null : w.committedDate().toString());
			ws.value(r, c++, local(w.completedAt()));
			ws.value(r, c++, w.evaluation() == null ? null : text(w.evaluation().messageKey(), locale));
			ws.value(r, c, w.overdue() ? text("wish.overdue", locale) : null);
			if (r % 1000 == 0) {
				flush(ws);
			}
		});
		try {
			wb.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return row[0];
	}

	private static void flush(Worksheet ws) {
		try {
			ws.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String local(Instant instant) {
		return instant == null ? null
				: LocalDateTime.ofInstant(instant, this.clock.getZone()).toString().replace('T', ' ').substring(0, 16);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
