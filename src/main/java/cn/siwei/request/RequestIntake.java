package cn.siwei.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import cn.siwei.people.People;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.ApiClients.Client;
import cn.siwei.request.RequestRepository.NewRequest;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * Requests pushed by other systems (the 12345 hotline's JSON, Open311 clients). A push carries an idempotency key:
 * however often it is retried, duplicated or replayed, and however many copies arrive at once, it creates one
 * request, and every copy is answered with that request. A push that fails validation stores nothing.
 */
@Service
public class RequestIntake {

	private final Regions regions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RequestRecording recording;

	private final RequestDictionary dictionary;

	private final People people;

	RequestIntake(People people, RequestDictionary dictionary, RequestRecording recording, Regions regions, JdbcClient jdbc, Clock clock) {
		this.people = people;
		this.dictionary = dictionary;
		this.recording = recording;
		this.regions = regions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A pushed request.
	 *
	 * @param categoryCode the category (Open311 service_code)
	 * @param description what is asked
	 * @param regionCode the region node's code, if the sender knows it
	 * @param address the address in words (a region named in it places the request there)
	 * @param lat latitude
	 * @param lon longitude
	 * @param reporterName the caller's name
	 * @param reporterPhone the caller's phone
	 * @param externalId the sender's own id of the request (the 12345 work order number)
	 * @param urgency how urgent, normal when absent
	 * @param mediaUrl a photo's address
	 * @param attributes answers to the category's attributes
	 */
	public record Push(String categoryCode, String description, String regionCode, String address, Double lat,
			Double lon, String reporterName, String reporterPhone, String externalId, Urgency urgency, String mediaUrl,
			Map<String, String> attributes) {
	}

	/**
	 * The answer to a push.
	 *
	 * @param requestId the request
	 * @param replayed whether an earlier push with the same key had created it
	 */
	public record Received(long requestId, boolean replayed) {
	}

	/**
	 * Receives a push. With a key, the first push creates the request and the rest find it; concurrent copies wait
	 * on the key's row until the first commits.
	 * @throws Rejected listing every wrong field, or the key reused for a different request
	 */
	@Transactional
	public Received receive(Client client, String idempotencyKey, Push push) {
		Violations v = new Violations();
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
		if (key != null && key.length() > 200) {
			v.add("Idempotency-Key", "validation.tooLong", 200);
		}
		NewRequest n = check(client, push, v);
		v.throwIfAny();
		if (key == null) {
			return new Received(create(client, n), false);
		}
		String hash = ApiClients.hash(canonical(push));
		boolean first = this.jdbc.sql("""
				insert into request_intake (client_id, idempotency_key, payload_hash, created_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(client.id(), key, hash, Timestamp.from(this.clock.instant()))
			.update() == 1;
		if (first) {
			long id = create(client, n);
			this.jdbc.sql("update request_intake set request_id = ? where client_id = ? and idempotency_key = ?")
				.params(id, client.id(), key)
				.update();
			return new Received(id, false);
		}
		record Earlier(String hash, Long requestId) {
		}
		Earlier earlier = this.jdbc.sql("select payload_hash, request_id from request_intake where client_id = ? and idempotency_key = ?")
			.params(client.id(), key)
			.query((rs, i) -> new Earlier(rs.getString(1), rs.getObject(2, Long.class)))
			.single();
		if (!earlier.hash().equals(hash)) {
			throw Rejected.field("Idempotency-Key", "request.rejected.keyReused");
		}
		return new Received(earlier.requestId(), true);
	}

	/**
	 * Creates the request; a caller whose phone and name are those of one resident registered in the client's
	 * jurisdiction is linked to that resident (who then follows and evaluates it), and one whose phone alone matches
	 * is put to a worker to confirm.
	 */
	private long create(Client client, NewRequest n) {
		long id = this.recording.create(client.actor(), n, EventKind.RECEIVED);
		this.people.caller(client.regionPath(), n.reporterPhone(), n.reporterName()).ifPresent(caller -> this.jdbc
			.sql(caller.sure() ? "update request set reporter_person_id = ? where id = ?"
					: "update request set reporter_candidate_id = ? where id = ?")
			.params(caller.personId(), id)
			.update());
		return id;
	}

	private NewRequest check(Client client, Push p, Violations v) {
		String description = v.required("description", p.description(), 4000);
		String address = v.optional("address", p.address(), 300);
		String name = v.optional("reporterName", p.reporterName(), 100);
		String phone = v.optional("reporterPhone", p.reporterPhone(), 32);
		String externalId = v.optional("externalId", p.externalId(), 100);
		String media = v.optional("mediaUrl", p.mediaUrl(), 500);
		if (p.lat() != null && (p.lat() < -90 || p.lat() > 90 || p.lat().isNaN())) {
			v.add("lat", "request.rejected.latitude");
		}
		if (p.lon() != null && (p.lon() < -180 || p.lon() > 180 || p.lon().isNaN())) {
			v.add("long", "request.rejected.longitude");
		}
		Optional<Request.Category> category = p.categoryCode() == null ? Optional.empty()
				: this.dictionary.categories(false).stream().filter(c -> c.code().equals(p.categoryCode().trim())).findFirst();
		if (p.categoryCode() == null || p.categoryCode().isBlank()) {
			v.add("categoryCode", "validation.required");
		}
		else if (category.isEmpty()) {
			v.add("categoryCode", "request.rejected.categoryUnknown");
		}
		if (p.attributes() != null) {
			if (p.attributes().size() > 50) {
				v.add("attributes", "request.rejected.tooManyAttributes", 50);
			}
			p.attributes().forEach((code, answer) -> {
				v.optional("attribute[" + code + "]", code, 100);
				v.optional("attribute[" + code + "]", answer, 1000);
			});
		}
		v.optional("regionCode", p.regionCode(), 32);
		if (v.has("regionCode") || v.has("address")) {
			return null;
		}
		Region region = place(client, p.regionCode(), address, p.lat(), p.lon(), v);
		if (!v.isEmpty()) {
			return null;
		}
		String attributes = p.attributes() == null || p.attributes().isEmpty() ? null
				: JsonMapper.builder().build().writeValueAsString(new TreeMap<>(p.attributes()));
		return new NewRequest(region.id(), region.path(), category.get().id(), description, address, p.lat(), p.lon(),
				attributes, media, null, name, phone, client.channel(), p.urgency() == null ? Urgency.NORMAL : p.urgency(),
				client.id(), externalId);
	}

	/**
	 * The region code if given, else the deepest region named in the address, else the community whose centre is
	 * nearest the pin, else the client's jurisdiction.
	 */
	private Region place(Client client, String regionCode, String address, Double lat, Double lon, Violations v) {
		if (regionCode != null && !regionCode.isBlank()) {
			Optional<Region> region = this.regions.findByCode(regionCode.trim())
				.filter(r -> r.active() && r.path().startsWith(client.regionPath()));
			if (region.isEmpty()) {
				v.add("regionCode", "request.rejected.regionUnknown");
				return null;
			}
			return region.get();
		}
		return this.regions.deepestNamedIn(client.regionPath(), address)
			.or(() -> this.regions.communityAt(client.regionPath(), lat, lon))
			.orElseGet(() -> this.regions.find(client.regionId()).orElseThrow());
	}

	/** The push as one string, for comparing a replay with the first push. */
	static String canonical(Push p) {
		return String.join("\u0000", String.valueOf(p.categoryCode()), String.valueOf(p.description()),
				String.valueOf(p.regionCode()), String.valueOf(p.address()), String.valueOf(p.lat()),
				String.valueOf(p.lon()), String.valueOf(p.reporterName()), String.valueOf(p.reporterPhone()),
				String.valueOf(p.externalId()), String.valueOf(p.urgency()), String.valueOf(p.mediaUrl()),
				String.valueOf(p.attributes() == null ? Map.of() : new TreeMap<>(p.attributes())));
	}

}
