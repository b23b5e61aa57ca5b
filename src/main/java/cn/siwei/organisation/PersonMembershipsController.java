package cn.siwei.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;

/**
 * The posts and teams of one person, loaded into the person's page by htmx (the people module does not know
 * organisations; this module adds its part to the page).
 */
@Controller
class PersonMembershipsController {

	private final Organisations organisations;

	private final Teams teams;

	PersonMembershipsController(Organisations organisations, Teams teams) {
		this.organisations = organisations;
		this.teams = teams;
	}

	@GetMapping("/people/{id}/memberships")
	String memberships(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("posts", this.organisations.postsOfPerson(actor, id));
		model.addAttribute("teams", this.teams.teamsOf(actor, id));
		return "organisation/memberships :: panel";
	}

}
