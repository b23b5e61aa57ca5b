package cn.siwei.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Open311 GeoReport v2 as an existing 311 client uses it, with the specification's own example request (a sinkhole
 * reported with a location, a photo and the reporter's name) and its error cases, in JSON and XML.
 */
class Open311IT extends SiweiIT {

	static final String KEY = "demo-open311-key";

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	UserDetailsService users;

	@Autowired
	Requests requests;

	@Autowired
	RequestWork work;

	MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

	List<Map<String, Object>> list(MockHttpServletResponse response) throws Exception {
		return this.json.readValue(response.getContentAsString(), new TypeReference<>() {
		});
	}

	Document xml(MockHttpServletResponse response) throws Exception {
		assertThat(response.getContentType()).startsWith("text/xml");
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsString().getBytes(StandardCharsets.UTF_8)));
	}

	/** The specification's example POST, placed in Karamay. */
	MockHttpServletRequestBuilder sinkhole(String format) {
		return sinkhole(format, KEY);
	}

	MockHttpServletRequestBuilder sinkhole(String format, String key) {
		return post("/open311/v2/requests." + format).param("api_key", key)
			.param("jurisdiction_id", "650200")
			.param("service_code", "MUNICIPAL")
			.param("lat", "45.59")
			.param("long", "84.87")
			.param("address_string", "克拉玛依区昆仑路街道永安社区永安小区门口")
			.param("email", "smit222@sfgov.edu")
			.param("device_id", "tt222111")
			.param("account_id", "123456")
			.param("first_name", "john")
			.param("last_name", "smith")
			.param("phone", "111111111")
			.param("description", "A large sinkhole is destroying the street")
			.param("media_url", "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg")
			.param("attribute[FACILITY]", "ROAD");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aClientListsServicesReadsADefinitionPostsARequestAndReadsItBack() throws Exception {
		MockHttpServletResponse services = call(get("/open311/v2/services.json").param("jurisdiction_id", "650200"));
		assertThat(services.getStatus()).isEqualTo(200);
		assertThat(services.getContentType()).startsWith("application/json");
		Map<String, Object> municipal = list(services).stream().filter(s -> s.get("service_code").equals("MUNICIPAL"))
			.findFirst().orElseThrow();
		assertThat(municipal).containsKeys("service_name", "description", "metadata", "type", "keywords", "group");
		assertThat(municipal.get("metadata")).isEqualTo(true);
		assertThat(municipal.get("type")).isEqualTo("realtime");

		Document servicesXml = xml(call(get("/open311/v2/services.xml")));
		assertThat(servicesXml.getDocumentElement().getTagName()).isEqualTo("services");
		assertThat(servicesXml.getElementsByTagName("service").getLength()).isEqualTo(list(services).size());

		Map<String, Object> definition = this.json.readValue(call(get("/open311/v2/services/MUNICIPAL.json")).getContentAsString(),
				new TypeReference<>() {
				});
		assertThat(definition.get("service_code")).isEqualTo("MUNICIPAL");
		List<?> attributes = (List<?>) definition.get("attributes");
		assertThat(attributes).hasSize(2);
		assertThat((Map<String, Object>) attributes.get(0)).containsKeys("variable", "code", "datatype", "required",
				"datatype_description", "order", "description", "values");
		Document definitionXml = xml(call(get("/open311/v2/services/MUNICIPAL.xml")));
		assertThat(definitionXml.getDocumentElement().getTagName()).isEqualTo("service_definition");
		assertThat(definitionXml.getElementsByTagName("attribute").getLength()).isEqualTo(2);
		assertThat(definitionXml.getElementsByTagName("value").getLength()).isEqualTo(3);

		MockHttpServletResponse posted = call(sinkhole("json"));
		assertThat(posted.getStatus()).isEqualTo(200);
		Map<String, Object> created = list(posted).get(0);
		assertThat(created).containsKeys("service_request_id", "service_notice", "account_id");
		String id = (String) created.get("service_request_id");
		String token = (String) created.get("token");

		Map<String, Object> read = list(call(get("/open311/v2/requests/" + id + ".json"))).get(0);
		assertThat(read.get("service_request_id")).isEqualTo(id);
		assertThat(read.get("status")).isEqualTo("open");
		assertThat(read.get("service_code")).isEqualTo("MUNICIPAL");
		assertThat(read.get("description")).isEqualTo("A large sinkhole is destroying the street");
		assertThat(read.get("media_url")).isEqualTo("http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg");
		assertThat(read.get("lat")).isEqualTo(45.59);
		assertThat(read.get("long")).isEqualTo(84.87);
		assertThat((String) read.get("requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
		assertThat(read).containsKeys("status_notes", "service_name", "agency_responsible", "service_notice",
				"updated_datetime", "expected_datetime", "address", "address_id", "zipcode");

		Document readXml = xml(call(get("/open311/v2/requests/" + id + ".xml")));
		assertThat(readXml.getDocumentElement().getTagName()).isEqualTo("service_requests");
		assertThat(readXml.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(id);

		assertThat(list(call(get("/open311/v2/tokens/" + token + ".json"))).get(0).get("service_request_id")).isEqualTo(id);
		assertThat(list(call(get("/open311/v2/requests.json").param("service_request_id", id + ",999999"))))
			.extracting(r -> r.get("service_request_id")).containsExactly(id);

		// The request went where its address says, with its source, reporter and attribute.
		assertThat(this.jdbc.sql("""
				select g.name || '|' || r.channel || '|' || r.reporter_name || '|' || (r.attributes ->> 'FACILITY')
				from request r join region g on g.id = r.region_id where r.id = ?""")
			.param(Long.valueOf(id)).query(String.class).single()).isEqualTo("永安小区|OPEN311|smith john|ROAD");
	}

	@Test
	void theListShowsPushedRequestsOnlyAndFiltersByStatusAndService() throws Exception {
		call(sinkhole("xml"));
		List<Map<String, Object>> open = list(call(get("/open311/v2/requests.json").param("status", "open")
			.param("service_code", "MUNICIPAL")));
		assertThat(open).isNotEmpty().allSatisfy(r -> {
			assertThat(r.get("status")).isEqualTo("open");
			assertThat(r.get("service_code")).isEqualTo("MUNICIPAL");
		});
		List<Map<String, Object>> all = list(call(get("/open311/v2/requests.json")));
		// a request a resident told the community in person is not published
		String visit = this.jdbc.sql("select id::text from request where description like '小区东门的路灯坏了%'").query(String.class).single();
		assertThat(all).extracting(r -> r.get("service_request_id")).doesNotContain(visit);
		assertThat(list(call(get("/open311/v2/requests.json").param("status", "closed"))))
			.allSatisfy(r -> assertThat(r.get("status")).isEqualTo("closed"));
	}

	@Test
	void errorsFollowTheSpecificationsFormatAndCodes() throws Exception {
		MockHttpServletResponse noKey = call(sinkhole("json", "wrong"));
		assertThat(noKey.getStatus()).isEqualTo(403);
		Map<String, Object> error = list(noKey).get(0);
		assertThat(error.keySet()).containsExactly("code", "description");
		assertThat(error.get("code")).isEqualTo(403);

		Document noKeyXml = xml(call(sinkhole("xml", "wrong")));
		assertThat(noKeyXml.getDocumentElement().getTagName()).isEqualTo("errors");
		assertThat(noKeyXml.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("403");
		assertThat(noKeyXml.getElementsByTagName("description").item(0).getTextContent()).isNotBlank();

		assertThat(call(post("/open311/v2/requests.json").param("api_key", KEY).param("lat", "45.5").param("long", "84.8")
			.param("description", "x")).getStatus()).isEqualTo(400);
		assertThat(call(post("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "NOPE")
			.param("lat", "45.5").param("long", "84.8").param("description", "x")).getStatus()).isEqualTo(404);
		assertThat(call(post("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "MUNICIPAL")
			.param("description", "no place")).getStatus()).as("a location is required").isEqualTo(400);
		assertThat(call(post("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "MUNICIPAL")
			.param("lat", "north").param("long", "84.8")).getStatus()).isEqualTo(400);
		assertThat(call(post("/open311/v2/requests.json").param("api_key", KEY).param("jurisdiction_id", "511300")
			.param("service_code", "MUNICIPAL").param("address_string", "x").param("description", "x")).getStatus())
			.as("another jurisdiction than the key's").isEqualTo(403);
		assertThat(call(get("/open311/v2/services.json").param("jurisdiction_id", "nowhere")).getStatus()).isEqualTo(404);
		assertThat(call(get("/open311/v2/services/NOPE.json")).getStatus()).isEqualTo(404);
		assertThat(call(get("/open311/v2/requests/999999.json")).getStatus()).isEqualTo(404);
		assertThat(call(get("/open311/v2/requests/abc.json")).getStatus()).isEqualTo(400);
		assertThat(call(get("/open311/v2/tokens/nope.json")).getStatus()).isEqualTo(404);
		assertThat(call(get("/open311/v2/requests.json").param("status", "pending")).getStatus()).isEqualTo(400);
		assertThat(call(get("/open311/v2/requests.json").param("start_date", "yesterday")).getStatus()).isEqualTo(400);
		assertThat(call(get("/open311/v2/services.txt")).getStatus()).isEqualTo(404);
	}

	/**
	 * What clients met: a POST with only the specification's required fields (no description, a pin only) is
	 * placed in the community around the pin; dates carry whole seconds; the answers to the service's questions
	 * reach staff; once a unit finishes, the status notes tell what it did.
	 */
	@Test
	void aPinOnlyPostLandsInItsCommunityAndReadsBackAsClientsExpect() throws Exception {
		this.clock.advance(Duration.ofMillis(306));
		MockHttpServletResponse posted = call(post("/open311/v2/requests.json").param("api_key", KEY)
			.param("service_code", "MUNICIPAL").param("lat", "45.5961").param("long", "84.8745")
			.param("attribute[FACILITY]", "ROAD"));
		assertThat(posted.getStatus()).as(posted.getContentAsString()).isEqualTo(200);
		long id = Long.parseLong(String.valueOf(list(posted).get(0).get("service_request_id")));
		assertThat(this.jdbc.sql("select g.name from request r join region g on g.id = r.region_id where r.id = ?")
			.param(id).query(String.class).single()).as("the community whose centre is nearest the pin").isEqualTo("永安社区");
		assertThat(this.jdbc.sql("select description from request where id = ?").param(id).query(String.class).single())
			.contains("未填写描述");

		Map<String, Object> read = list(call(get("/open311/v2/requests/" + id + ".json"))).get(0);
		assertThat(String.valueOf(read.get("requested_datetime"))).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");

		this.mvc.perform(get("/requests/" + id).with(user(this.users.loadUserByUsername("worker"))))
			.andExpect(content().string(containsString("ROAD")));

		Actor worker = ((ActorPrincipal) this.users.loadUserByUsername("worker")).actor();
		this.requests.accept(worker, id, null);
		long part = this.requests.dispatch(worker, id, null, null, id("person", "name", "马丽"), null);
		this.work.claim(worker, id, part, null);
		this.work.finishPart(worker, id, part, "已回填路面坑洞");
		Map<String, Object> done = list(call(get("/open311/v2/requests/" + id + ".json"))).get(0);
		assertThat(done.get("status")).isEqualTo("closed");
		assertThat(done.get("status_notes")).isEqualTo("已回填路面坑洞");
	}

	@Test
	void discoveryNamesTheEndpoint() throws Exception {
		Map<String, Object> discovery = this.json.readValue(call(get("/open311/v2/discovery.json")).getContentAsString(),
				new TypeReference<Map<String, Object>>() {
				});
		assertThat(discovery).containsKeys("changeset", "contact", "key_service", "endpoints");
		assertThat(xml(call(get("/open311/v2/discovery.xml"))).getElementsByTagName("endpoint").getLength()).isEqualTo(1);
	}

}
