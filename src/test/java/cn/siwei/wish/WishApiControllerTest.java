package cn.siwei.wish;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.access.Role;
import cn.siwei.notification.Notifications;
import cn.siwei.platform.ApiProblems;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.region.Regions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wish API's controller alone, its services stood in for: how JSON becomes a call of an act, and how the act's
 * refusal becomes a problem. No database, no platform: milliseconds, where the ITs take seconds.
 */
@WebMvcTest(WishApiController.class)
@Import(ApiProblems.class)
class WishApiControllerTest {

	static final Actor BENEFICIARY = new Actor(7, "wang", "王秀兰", Role.RESIDENT, "/1/2/", null, 70L);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Wishes wishes;

	@MockitoBean
	WishQueries queries;

	@MockitoBean
	WishFigures figures;

	@MockitoBean
	WishMatching matching;

	@MockitoBean
	Regions regions;

	@MockitoBean
	WishContacts contacts;

	@MockitoBean
	WishExport export;

	@MockitoBean
	Notifications notifications;

	/** Logs the actor in on this thread, where MockMvc serves the request (the slice has no security chain). */
	@BeforeEach
	void logIn() {
		ActorPrincipal principal = () -> BENEFICIARY;
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, List.of()));
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anEvaluationInTheFormerWordIsTheOneVocabularysCall() throws Exception {
		this.mvc.perform(post("/api/v1/wishes/5/evaluate")
				.contentType(MediaType.APPLICATION_JSON).content("{\"evaluation\": \"BASIC\", \"comment\": \"好\"}"))
			.andExpect(status().isOk());
		verify(this.wishes).evaluate(BENEFICIARY, 5, Satisfaction.BASICALLY_SATISFIED, "好");
	}

	@Test
	void theActsRefusalIsAProblemNamingItsField() throws Exception {
		doThrow(Rejected.field("evaluation", "validation.required")).when(this.wishes)
			.evaluate(any(), anyLong(), any(), any());
		this.mvc.perform(post("/api/v1/wishes/5/evaluate")
				.contentType(MediaType.APPLICATION_JSON).content("{}").locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("evaluation"))
			.andExpect(jsonPath("$.errors[0].message").value("此项必填。"));
	}

	@Test
	void anUnknownVerdictIsRefusedBeforeAnyActNamingTheField() throws Exception {
		this.mvc.perform(post("/api/v1/wishes/5/evaluate")
				.contentType(MediaType.APPLICATION_JSON).content("{\"evaluation\": \"VERY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("evaluation"));
		verifyNoInteractions(this.wishes);
	}

	@Test
	void anActorWithoutThePermissionIsForbidden() throws Exception {
		doThrow(new AccessDenied(WishPermissions.CLAIM)).when(this.wishes).claim(any(), eq(5L), any());
		this.mvc.perform(post("/api/v1/wishes/5/claim")
				.contentType(MediaType.APPLICATION_JSON).content("{}").locale(Locale.ENGLISH))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:siwei:problem:error.forbidden"));
	}

}
