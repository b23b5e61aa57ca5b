package cn.siwei.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.access.Permission;
import cn.siwei.platform.LedgerSheet;
import cn.siwei.platform.SheetTitle;
import cn.siwei.platform.RecordChanged;

/**
 * The administrator's view of the audit trail, filterable by record, action, actor and dates.
 */
@Controller
class AuditController {

	private final AuditTrail trail;

	private final Clock clock;

	private final MessageSource messages;

	AuditController(AuditTrail trail, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping("/audit")
	String list(@RequestParam(defaultValue = "") String type, @RequestParam(required = false) Long entityId,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String actorName,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ZoneId zone = this.clock.getZone();
		var filter = new AuditTrail.Filter(type, entityId, action, actorName,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
		model.addAttribute("events", this.trail.find(CurrentActor.get(), filter, page, 50));
		model.addAttribute("type", type);
		model.addAttribute("entityId", entityId);
		model.addAttribute("action", action);
		model.addAttribute("actorName", actorName);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("actions", RecordChanged.Action.values());
		model.addAttribute("types", List.of("region", "person", "organisation", "team", "post", "liaison",
				"care_pairing", "account", "person_import", "wish", "request", "request_intake"));
		return "audit/list";
	}

	/** The filtered trail as an .xlsx sheet: every entry found, with a title line naming the filters. */
	@GetMapping("/audit/export.xlsx")
	void export(@RequestParam(defaultValue = "") String type, @RequestParam(required = false) Long entityId,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String actorName,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale, HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.get();
		actor.require(Permission.AUDIT_VIEW);
		ZoneId zone = this.clock.getZone();
		var filter = new AuditTrail.Filter(type, entityId, action, actorName,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
		String title = new SheetTitle(this.messages, locale, this.clock)
			.filter("audit.entity", type)
			.filter("audit.export.entityId", entityId == null ? null : "#" + entityId)
			.filter("audit.action", action.isBlank() ? null : text("audit.action." + action.trim(), locale))
			.filter("audit.actor", actorName)
			.period(filter.from(), filter.to())
			.of("audit.title", actor.displayName());
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + LocalDate.now(this.clock) + ".xlsx\"");
		LedgerSheet sheet = LedgerSheet.start(response.getOutputStream(), text("audit.title", locale), title,
				COLUMNS.stream().map(c -> text(c, locale)).toList());
		this.trail.forEach(actor, filter, e -> sheet.row()
			.text(SheetTitle.local(e.at(), zone))
			.text(e.actorName())
			.text(text("audit.action." + e.action(), locale))
			.text(this.messages.getMessage("audit.type." + e.entityType(), null, e.entityType(), locale))
			.number(e.entityId())
			.text(String.join("；", e.changes().stream().map(c -> this.messages.getMessage("audit.field." + c.field(), null, c.field(), locale) + ": "
					+ (c.before() == null ? "" : c.before() + (c.after() == null ? "" : " → "))
					+ (c.after() == null ? "" : c.after())).toList()))
			.text(e.reason()));
		sheet.finish();
	}

	private static final List<String> COLUMNS = List.of("audit.at", "audit.actor", "audit.action", "audit.entity",
			"audit.export.entityId", "audit.changes", "audit.reason");

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
