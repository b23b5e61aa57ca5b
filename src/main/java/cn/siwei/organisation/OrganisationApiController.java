package cn.siwei.organisation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Page;

/**
 * Organisations (with their posts) and teams (with their members) as JSON, read under the same permissions and
 * scope as the pages: what an integration needs to dispatch to a unit or assign to a team by id.
 */
@RestController
@Tag(name = "organisations", description = "Organisations and their posts; teams and their members")
class OrganisationApiController {

	private final Organisations organisations;

	private final Teams teams;

	OrganisationApiController(Organisations organisations, Teams teams) {
		this.organisations = organisations;
		this.teams = teams;
	}

	@GetMapping("/api/v1/organisations")
	@Operation(summary = "Organisations of the caller's region, searched by name, of a kind, paged")
	Page<Organisation> organisations(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) OrganisationKind kind, @RequestParam(defaultValue = "false") boolean inactive,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		return this.organisations.list(CurrentActor.get(), q, kind, inactive, page, Page.size(size));
	}

	@GetMapping("/api/v1/organisations/{id}")
	@Operation(summary = "One organisation")
	Organisation organisation(@PathVariable long id) {
		return this.organisations.get(CurrentActor.get(), id);
	}

	@GetMapping("/api/v1/organisations/{id}/posts")
	@Operation(summary = "Who holds which post in the organisation")
	List<Organisations.Post> posts(@PathVariable long id) {
		return this.organisations.postsOf(CurrentActor.get(), id);
	}

	@GetMapping("/api/v1/teams")
	@Operation(summary = "Teams of the caller's region, searched by name or skill, paged")
	Page<Team> teams(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String skill,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size) {
		return this.teams.list(CurrentActor.get(), q, skill, inactive, page, Page.size(size));
	}

	@GetMapping("/api/v1/teams/{id}")
	@Operation(summary = "One team")
	Team team(@PathVariable long id) {
		return this.teams.get(CurrentActor.get(), id);
	}

	@GetMapping("/api/v1/teams/{id}/members")
	@Operation(summary = "The team's active members")
	List<Teams.Member> members(@PathVariable long id) {
		return this.teams.members(CurrentActor.get(), id);
	}

}
