package cn.siwei.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Open311 GeoReport v2 as an existing 311 client uses it, with the specification's own example request (a sinkhole
 * reported with a location, a photo and the reporter's name) and its error cases, in JSON and XML.
 */
class Open311IT extends SiweiIT {

	static final String KEY = "demo-open311-key";

	final JsonMapper json = JsonMapper.builder().build();

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
		assertThat(call(post("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "MUNICIPAL")
			.param("address_string", "某处").param("description", " ")).getStatus()).as("a description is required").isEqualTo(400);
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

	@Test
	void discoveryNamesTheEndpoint() throws Exception {
		Map<String, Object> discovery = list(call(get("/open311/v2/discovery.json"))).get(0);
		assertThat(discovery).containsKeys("changeset", "contact", "key_service", "endpoints");
		assertThat(xml(call(get("/open311/v2/discovery.xml"))).getElementsByTagName("endpoint").getLength()).isEqualTo(1);
	}

}
