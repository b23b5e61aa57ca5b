package cn.siwei.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.siwei.access.CurrentActor;
import cn.siwei.platform.RecordChanged;

/**
 * The administrator's view of the audit trail, filterable by record, action, actor and dates.
 */
@Controller
class AuditController {

	private final AuditTrail trail;

	private final Clock clock;

	AuditController(AuditTrail trail, Clock clock) {
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
				"care_pairing", "account", "person_import"));
		return "audit/list";
	}

}
