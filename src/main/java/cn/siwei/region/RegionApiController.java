package cn.siwei.region;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Page;

/**
 * The region tree as JSON, under the same permissions and scope as the pages.
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions", description = "The region tree: city → district → street → community → compound → building → unit")
class RegionApiController {

	private final Regions regions;

	RegionApiController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One node inside the caller's scope")
	Region get(@PathVariable long id) {
		return this.regions.get(CurrentActor.get(), id);
	}

	@GetMapping("/{id}/children")
	@Operation(summary = "The children of a node, paged, with the number of nodes below each")
	Page<RegionSummary> children(@PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size) {
		return this.regions.children(CurrentActor.get(), id, q, inactive, page, Page.size(size));
	}

	@GetMapping
	@Operation(summary = "Search nodes by name or code inside the caller's scope")
	List<Region> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) RegionLevel level) {
		return this.regions.search(CurrentActor.get(), q, level, 100);
	}

	/**
	 * @param parentId the new node's parent, null for a city
	 * @param code unique code
	 * @param name name
	 */
	record NewRegion(Long parentId, String code, String name) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a node one level below its parent")
	Region create(@RequestBody NewRegion body) {
		return this.regions.create(CurrentActor.get(), body.parentId(), body.code(), body.name());
	}

	/**
	 * @param code new code
	 * @param name new name
	 */
	record Rename(String code, String name) {
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a node's code and name")
	Region rename(@PathVariable long id, @RequestBody Rename body) {
		return this.regions.rename(CurrentActor.get(), id, body.code(), body.name());
	}

	/**
	 * @param parentId the new parent, one level above the node
	 * @param reason why
	 */
	record Move(Long parentId, String reason) {
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Move a subtree under a new parent; every record below moves along")
	Region move(@PathVariable long id, @RequestBody Move body) {
		return this.regions.move(CurrentActor.get(), id, body.parentId(), body.reason());
	}

}
