package cn.siwei.request;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 12345 hotline pushes requests as JSON with its key and an idempotency key: retried, duplicated, replayed or
 * concurrent copies of a push make one request; a wrong push stores nothing and says which field is wrong.
 */
class RequestIntakeIT extends SiweiIT {

	/** The demo data's key of the 12345 connection. */
	static final String KEY = "demo-12345-key";

	static String body(String description) {
		return """
				{"categoryCode": "ENVIRONMENT", "description": "%s", "address": "克拉玛依区昆仑路街道永安社区永安小区",
				 "reporterName": "王女士", "reporterPhone": "13900001111", "externalId": "12345-T-1"}""".formatted(description);
	}

	long count(String description) {
		return this.jdbc.sql("select count(*) from request where description = ?").param(description).query(Long.class).single();
	}

	@Test
	void theSamePushSentFiveTimesCreatesOneRequest() throws Exception {
		String text = "测试：12345 转来，小区垃圾堆放多日。";
		String first = this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", KEY)
				.header("Idempotency-Key", "12345-T-five").contentType(MediaType.APPLICATION_JSON).content(body(text)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andReturn().getResponse().getContentAsString();
		for (int i = 0; i < 4; i++) {
			String again = this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", KEY)
					.header("Idempotency-Key", "12345-T-five").contentType(MediaType.APPLICATION_JSON).content(body(text)))
				.andExpect(status().isOk())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(jsonPath("$.replayed").value(true))
				.andReturn().getResponse().getContentAsString();
			assertThat(again.replace("true", "false")).isEqualTo(first);
		}
		assertThat(count(text)).isEqualTo(1);
		// placed by the region named in the address, counted as a 12345 request
		assertThat(this.jdbc.sql("select g.name || '/' || r.channel from request r join region g on g.id = r.region_id where description = ?")
			.param(text).query(String.class).single()).isEqualTo("永安小区/HOTLINE_12345");
		// the community's worker reads it with the acts the loop allows now
		long id = this.jdbc.sql("select id from request where description = ?").param(text).query(Long.class).single();
		this.mvc.perform(get("/api/v1/requests/" + id).with(httpBasic("worker", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.allowed.acts", hasItems("ACCEPT", "DECLINE")))
			.andExpect(jsonPath("$.allowed.acts", not(hasItem("EVALUATE"))));
	}

	@Test
	void concurrentCopiesOfOnePushCreateOneRequest() throws Exception {
		String text = "测试：并发重试的 12345 工单。";
		int copies = 8;
		var pool = Executors.newFixedThreadPool(copies);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> pushes = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			pushes.add(() -> {
				start.await();
				return this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", KEY)
						.header("Idempotency-Key", "12345-T-race").contentType(MediaType.APPLICATION_JSON).content(body(text)))
					.andReturn().getResponse().getStatus();
			});
		}
		List<Future<Integer>> results = new ArrayList<>();
		for (Callable<Integer> p : pushes) {
			results.add(pool.submit(p));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : results) {
			statuses.add(f.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(200);
		assertThat(count(text)).isEqualTo(1);
	}

	@Test
	void aKeyReusedForADifferentRequestIsRefused() throws Exception {
		this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", KEY).header("Idempotency-Key", "12345-T-reuse")
				.contentType(MediaType.APPLICATION_JSON).content(body("测试：第一件。")))
			.andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", KEY).header("Idempotency-Key", "12345-T-reuse")
				.contentType(MediaType.APPLICATION_JSON).content(body("测试：另一件。")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("request.rejected.keyReused"));
		assertThat(count("测试：另一件。")).isZero();
	}

	@Test
	void aWrongPushSaysWhichFieldsAreWrongAndStoresNothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from request_intake").query(Long.class).single();
		this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", KEY).header("Idempotency-Key", "12345-T-bad")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryCode\": \"NO_SUCH\", \"description\": \" \", \"regionCode\": \"511300\", \"lat\": 200}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("description", "lat",
					"categoryCode", "regionCode")));
		assertThat(this.jdbc.sql("select count(*) from request_intake").query(Long.class).single()).isEqualTo(before);
		// the same key, now right, is still free
		this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", KEY).header("Idempotency-Key", "12345-T-bad")
				.contentType(MediaType.APPLICATION_JSON).content(body("测试：改正后的推送。")))
			.andExpect(status().isCreated());
	}

	@Test
	void aPushWithoutAValidKeyIsForbidden() throws Exception {
		this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", "wrong")
				.contentType(MediaType.APPLICATION_JSON).content(body("测试：无效密钥。")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/requests/intake").contentType(MediaType.APPLICATION_JSON).content(body("测试：无密钥。")))
			.andExpect(status().isForbidden());
		assertThat(count("测试：无效密钥。") + count("测试：无密钥。")).isZero();
	}

}
