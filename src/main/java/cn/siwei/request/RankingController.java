package cn.siwei.request;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Flash;
import cn.siwei.region.Regions;

/**
 * The monthly ranking (with its comments and its .xlsx) and the hot topics.
 */
@Controller
class RankingController {

	private final Rankings rankings;

	private final HotTopics hotTopics;

	private final Regions regions;

	private final Flash flash;

	private final Clock clock;

	RankingController(Rankings rankings, HotTopics hotTopics, Regions regions, Flash flash, Clock clock) {
		this.rankings = rankings;
		this.hotTopics = hotTopics;
		this.regions = regions;
		this.flash = flash;
		this.clock = clock;
	}

	/** The month asked for, else the last complete one (on the 1st the current month has hardly begun). */
	private YearMonth month(YearMonth month) {
		return month == null ? YearMonth.now(this.clock).minusMonths(1) : month;
	}

	private Rankings.Weights weights(Integer response, Integer resolution, Integer satisfaction) {
		Rankings.Weights d = this.rankings.defaults();
		return new Rankings.Weights(response == null ? d.response() : response,
				resolution == null ? d.resolution() : resolution, satisfaction == null ? d.satisfaction() : satisfaction);
	}

	@GetMapping("/rankings")
	String page(@RequestParam(required = false) Long region, @RequestParam(required = false) YearMonth month,
			@RequestParam(defaultValue = "STREET") Rankings.Level level, @RequestParam(required = false) Integer response,
			@RequestParam(required = false) Integer resolution, @RequestParam(required = false) Integer satisfaction,
			Model model) {
		Actor actor = CurrentActor.get();
		long node = region == null ? this.regions.home(actor).id() : region;
		model.addAttribute("ranking", this.rankings.of(actor, node, month(month), level,
				weights(response, resolution, satisfaction)));
		model.addAttribute("levels", Rankings.Level.values());
		return "request/rankings";
	}

	@GetMapping("/rankings.xlsx")
	void sheet(@RequestParam(required = false) Long region, @RequestParam(required = false) YearMonth month,
			@RequestParam(defaultValue = "STREET") Rankings.Level level, @RequestParam(required = false) Integer response,
			@RequestParam(required = false) Integer resolution, @RequestParam(required = false) Integer satisfaction,
			Locale locale, HttpServletResponse http) throws IOException {
		Actor actor = CurrentActor.get();
		long node = region == null ? this.regions.home(actor).id() : region;
		YearMonth m = month(month);
		http.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		http.setHeader("Content-Disposition", "attachment; filename=\"ranking-" + level + "-" + m + ".xlsx\"");
		this.rankings.write(actor, node, m, level, weights(response, resolution, satisfaction), locale, http.getOutputStream());
	}

	@PostMapping("/rankings/comments")
	String comment(@RequestParam long region, @RequestParam(required = false) YearMonth month,
			@RequestParam(required = false) Rankings.Level level, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved",
				() -> this.rankings.comment(CurrentActor.get(), region, month, level, text));
		return "redirect:/rankings?region=" + region + "&month=" + month + "&level=" + level;
	}

	@GetMapping("/hot-topics")
	String hotTopics(@RequestParam(required = false) Long region, @RequestParam(required = false) YearMonth month,
			Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		long node = region == null ? this.regions.home(actor).id() : region;
		// hot topics are of the month under way unless another is asked for (a ranking is of the last whole month)
		model.addAttribute("topics", this.hotTopics.of(actor, node, month == null ? YearMonth.now(this.clock) : month,
				locale));
		return "request/hot-topics";
	}

}
