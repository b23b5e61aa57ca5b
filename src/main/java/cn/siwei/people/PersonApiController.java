package cn.siwei.people;

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
 * People as JSON; personal data masked exactly as on the pages, a full value only through the audited reveal.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people", description = "Residents, party members, volunteers; personal data masked")
class PersonApiController {

	private final People people;

	PersonApiController(People people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "People in the caller's scope, vulnerable people first, paged")
	Page<PersonView> list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) CareTag tag,
			@RequestParam(required = false) Long region, @RequestParam(defaultValue = "false") boolean inactive,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		return this.people.list(CurrentActor.get(), q, tag, region, inactive, page, Page.size(size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person, masked")
	PersonView get(@PathVariable long id) {
		return this.people.view(CurrentActor.get(), id);
	}

	/**
	 * @param field which value
	 * @param value the full value
	 */
	record Revealed(People.PersonalField field, String value) {
	}

	@PostMapping("/{id}/reveal")
	@Operation(summary = "Reveal one full personal value; written to the audit trail with the reason given")
	Revealed reveal(@PathVariable long id, @RequestParam People.PersonalField field, @RequestParam String reason) {
		return new Revealed(field, this.people.reveal(CurrentActor.get(), id, field, reason));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a person")
	PersonView create(@RequestBody PersonForm form) {
		long id = this.people.create(CurrentActor.get(), form);
		return this.people.view(CurrentActor.get(), id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a person")
	PersonView update(@PathVariable long id, @RequestBody PersonForm form) {
		this.people.update(CurrentActor.get(), id, form);
		return this.people.view(CurrentActor.get(), id);
	}

}
