package cn.siwei.activity;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Page;
import cn.siwei.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The activities ledger's JSON API. */
@RestController
@Tag(name = "Activities (活动台账)")
class ActivityApiController {

	private final Activities activities;

	private final Regions regions;

	ActivityApiController(Activities activities, Regions regions) {
		this.activities = activities;
		this.regions = regions;
	}

	@GetMapping("/api/v1/activities")
	@Operation(summary = "Activities of the caller's region a figure counts (by node, figure, kind, counting, days began), latest first")
	Page<Activity> list(@RequestParam(required = false) Long region, @RequestParam(required = false) ActivityFigure figure,
			@RequestParam(required = false) Long category, @RequestParam(required = false) String counting,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		return this.activities.list(actor, new Activities.Filter(path, figure, category,
				counting == null || counting.isBlank() ? null : counting, from, to, q), Math.max(0, page), Page.size(size));
	}

	@GetMapping("/api/v1/activities/{id}")
	@Operation(summary = "An activity of the caller's region")
	Activity get(@PathVariable long id) {
		return this.activities.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/activities")
	@Operation(summary = "Record an activity (participants null: people will be signed in one by one)")
	java.util.Map<String, Long> record(@RequestBody ActivityForm form) {
		return java.util.Map.of("id", this.activities.record(CurrentActor.get(), form));
	}

}
