package cn.siwei.employment;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.employment.EmploymentFigure.Kind;
import cn.siwei.platform.Page;
import cn.siwei.region.Regions;
import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Employment's JSON API: the lists a figure opens onto, a vacancy with its matches, opening vacancies. */
@RestController
@Tag(name = "Employment (微服务·就业)")
class EmploymentApiController {

	private final EmploymentQueries queries;

	private final Vacancies vacancies;

	private final Applications applications;

	private final Regions regions;

	EmploymentApiController(EmploymentQueries queries, Vacancies vacancies, Applications applications,
			Regions regions) {
		this.queries = queries;
		this.vacancies = vacancies;
		this.applications = applications;
		this.regions = regions;
	}

	private Page<EmploymentQueries.Row> list(Kind kind, ListParams p) {
		Actor actor = CurrentActor.get();
		String path = p.region() == null ? null : this.regions.get(actor, p.region()).path();
		return this.queries.list(actor, kind, new EmploymentQueries.Filter(path, p.figure(), p.category(), p.channel(),
				p.statusOrNull(), p.from(), p.to(), p.text()), p.pageOrFirst(), Page.size(p.size()));
	}

	@GetMapping("/api/v1/jobs/fairs")
	@Operation(summary = "Job fairs of the caller's region a figure counts (by region, figure, category, kind, status, from, to, q), newest first")
	Page<EmploymentQueries.Row> fairs(@ParameterObject ListParams p) {
		return list(Kind.FAIR, p);
	}

	@GetMapping("/api/v1/jobs/vacancies")
	@Operation(summary = "Vacancies of the caller's region a figure counts (by region, figure, occupation group, hours, status, from, to, q), newest first")
	Page<EmploymentQueries.Row> vacancies(@ParameterObject ListParams p) {
		return list(Kind.VACANCY, p);
	}

	@GetMapping("/api/v1/jobs/seekers")
	@Operation(summary = "Job seekers of the caller's region a figure counts (by region, figure, care category, consent, status, from, to, q), newest first")
	Page<EmploymentQueries.Row> seekers(@ParameterObject ListParams p) {
		return list(Kind.SEEKER, p);
	}

	@GetMapping("/api/v1/jobs/applications")
	@Operation(summary = "Applications of the caller's region a figure counts (by region, figure, occupation group, sender, status, from, to, q), newest first")
	Page<EmploymentQueries.Row> applications(@ParameterObject ListParams p) {
		return list(Kind.APPLICATION, p);
	}

	@GetMapping("/api/v1/jobs/placements")
	@Operation(summary = "Placements of the caller's region a figure counts (by region, figure, occupation group, source, from, to, q; status=DUE: checks due), newest first")
	Page<EmploymentQueries.Row> placements(@ParameterObject ListParams p) {
		return list(Kind.PLACEMENT, p);
	}

	@GetMapping("/api/v1/jobs/trainings")
	@Operation(summary = "Trainings of the caller's region a figure counts (by region, figure, occupation group, kind, status, from, to, q), newest first")
	Page<EmploymentQueries.Row> trainings(@ParameterObject ListParams p) {
		return list(Kind.TRAINING, p);
	}

	@GetMapping("/api/v1/jobs/enrolments")
	@Operation(summary = "Enrolments in trainings of the caller's region a figure counts (by region, figure, occupation group, kind, status, from, to, q), newest first")
	Page<EmploymentQueries.Row> enrolments(@ParameterObject ListParams p) {
		return list(Kind.ENROLMENT, p);
	}

	/**
	 * A vacancy and, for its employer and staff, the seekers who match it with their reasons.
	 *
	 * @param vacancy the vacancy
	 * @param candidates the matches, best first
	 */
	record VacancyView(Vacancy vacancy, List<Matching.Match> candidates) {
	}

	@GetMapping("/api/v1/jobs/vacancies/{id}")
	@Operation(summary = "A vacancy; for its employer and staff of its place, the matching seekers with reasons")
	VacancyView vacancy(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		Vacancy v = this.vacancies.get(actor, id);
		boolean party = actor.can(EmploymentPermissions.HANDLE) && actor.scope().covers(v.regionPath())
				|| Vacancies.ownEmployer(actor, v.employerId());
		return new VacancyView(v, party ? this.queries.candidates(actor, id, 20) : List.of());
	}

	@PostMapping("/api/v1/jobs/vacancies")
	@Operation(summary = "Open a vacancy (staff for an employer of their region, or an employer's own account)")
	java.util.Map<String, Long> open(@RequestBody VacancyForm form) {
		return java.util.Map.of("id", this.vacancies.open(CurrentActor.get(), form));
	}

	@GetMapping("/api/v1/jobs/applications/{id}")
	@Operation(summary = "An application the caller is party to (staff of the place, the employer, the seeker)")
	Application application(@PathVariable long id) {
		return this.applications.get(CurrentActor.get(), id);
	}

}
