package cn.siwei.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.region.Regions;

/**
 * The leader's dashboard as a page (also full-screen for a wall display, refreshing itself) and as JSON.
 */
@Controller
class DashboardController {

	private final Dashboards dashboards;

	private final Regions regions;

	private final Clock clock;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	DashboardController(Dashboards dashboards, Regions regions, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.dashboards = dashboards;
		this.regions = regions;
		this.clock = clock;
	}

	/** The period asked for: a kind around a day (today by default), or a custom range. */
	Period period(Period.Kind kind, LocalDate day, LocalDate from, LocalDate to) {
		if (kind == Period.Kind.CUSTOM && from != null && to != null) {
			return Period.custom(from, to);
		}
		return Period.of(kind == null || kind == Period.Kind.CUSTOM ? Period.Kind.MONTH : kind,
				day == null ? LocalDate.now(this.clock) : day);
	}

	@GetMapping("/dashboard")
	String page(@RequestParam(required = false) Long region, @RequestParam(required = false) Period.Kind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean wall, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		long node = region == null ? this.regions.home(actor).id() : region;
		Dashboards.View view = this.dashboards.of(actor, node, period(kind, day, from, to), locale);
		if (wall) {
			view = this.dashboards.onWall(view);
		}
		model.addAttribute("view", view);
		Map<String, String> data = new HashMap<>();
		for (Dashboards.Section s : view.sections()) {
			Map<String, String> names = new LinkedHashMap<>();
			s.tiles().forEach(t -> names.put(t.key(), this.messages.getMessage(t.messageKey(), null, t.key(), locale)));
			Map<String, Object> chart = new LinkedHashMap<>();
			chart.put("kind", s.kind());
			chart.put("names", names);
			Map<String, String> titles = new LinkedHashMap<>();
			for (String[] t : new String[][] { { "trend", "figures.trend" }, { "category", "figures.byCategory" },
					{ "channel", "figures.byChannel" }, { "child", "figures.bySubRegion" } }) {
				titles.put(t[0], this.messages.getMessage(t[1], null, t[1], locale));
			}
			chart.put("titles", titles);
			chart.put("tiles", s.tiles());
			chart.put("months", s.months());
			chart.put("categories", s.categories());
			chart.put("channels", s.channels());
			chart.put("children", s.children());
			// inside a <script> element: a "</" in a name must not end it
			data.put(s.kind(), this.json.writeValueAsString(chart).replace("</", "<\\/"));
		}
		model.addAttribute("dashJson", data);
		model.addAttribute("kinds", Period.Kind.values());
		model.addAttribute("wall", wall);
		model.addAttribute("children", this.regions.children(actor, view.region().id(), null, false, 0, 200).items());
		return "figures/dashboard";
	}

	@GetMapping("/api/v1/dashboard")
	@ResponseBody
	@Operation(summary = "The dashboard of a region node and period: every capability's figures with the previous period, "
			+ "the last twelve months, breakdowns by category, channel and sub-region, the most overdue records")
	Dashboards.View json(@RequestParam(required = false) Long region, @RequestParam(required = false) Period.Kind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		Actor actor = CurrentActor.get();
		long node = region == null ? this.regions.home(actor).id() : region;
		return this.dashboards.of(actor, node, period(kind, day, from, to), locale);
	}

}
