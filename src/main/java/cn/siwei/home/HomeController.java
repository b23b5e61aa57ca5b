package cn.siwei.home;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.people.People;
import cn.siwei.platform.ToDoSource;
import cn.siwei.region.Regions;

/**
 * The first page after login: where the user stands and what they can reach; a resident sees their own record.
 */
@Controller
class HomeController {

	private final Regions regions;

	private final People people;

	private final List<ToDoSource> toDos;

	HomeController(Regions regions, People people, List<ToDoSource> toDos) {
		this.toDos = toDos;
		this.regions = regions;
		this.people = people;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("home", this.regions.home(actor));
		model.addAttribute("self", this.people.self(actor).orElse(null));
		model.addAttribute("toDos", this.toDos.stream().flatMap(t -> t.toDos(actor).stream()).toList());
		return "home";
	}

}
