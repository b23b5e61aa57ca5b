package cn.siwei.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.Attachments;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A resident sends a photo with a request from the phone form; only those who may see the request see it; a photo
 * that is not an image is refused and, on the form, saves nothing at all.
 */
class RequestPhotosIT extends SiweiIT {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@Autowired
	RequestPhotos photos;

	@Autowired
	Requests requests;

	@Autowired
	RequestQueries queries;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	long category() {
		return this.queries.categories(Locale.CHINESE).get(0).id();
	}

	@Test
	void aPhotoSentWithTheRequestIsKeptAndShownOnlyToThoseWhoMaySeeIt() throws Exception {
		String text = "测试：带照片的诉求。";
		this.mvc.perform(multipart("/my/requests").file(new MockMultipartFile("photo", "p.png", "image/png", PNG))
				.param("categoryId", String.valueOf(category())).param("description", text).param("urgency", "NORMAL")
				.with(user(this.users.loadUserByUsername("resident"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("select id from request where description = ?").param(text).query(Long.class).single();
		var list = this.photos.of(actor("worker"), id);
		assertThat(list).hasSize(1);
		this.mvc.perform(get("/requests/" + id + "/photos/" + list.get(0).id()).with(user(this.users.loadUserByUsername("resident"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Cache-Control", "private, no-store"));
		assertThatThrownBy(() -> this.photos.content(actor("handler"), id, list.get(0).id())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.photos.add(actor("resident"), id, "not an image".getBytes()))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("photo.rejected.type"));
	}

	@Test
	void aRefusedPhotoOnTheFormSavesNoRequest() throws Exception {
		String text = "测试：照片不合格的诉求。";
		this.mvc.perform(multipart("/my/requests").file(new MockMultipartFile("photo", "x.png", "image/png", "GIF89a".getBytes()))
				.param("categoryId", String.valueOf(category())).param("description", text).param("urgency", "NORMAL")
				.with(user(this.users.loadUserByUsername("resident"))).with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from request where description = ?").param(text).query(Long.class).single()).isZero();
	}

	@Test
	void twoUploadsAtOnceCannotPassTheNinePhotoLimitTogether() throws Exception {
		Actor worker = actor("worker");
		long id = this.jdbc.sql("select id from request where region_path like ? order by id limit 1")
			.param(worker.regionPath() + "%").query(Long.class).single();
		long before = this.photos.of(worker, id).size();
		for (long i = before; i < Attachments.MAX_PER_OWNER - 1; i++) {
			this.photos.add(worker, id, PNG);
		}
		var pool = Executors.newFixedThreadPool(2);
		try {
			var start = new CountDownLatch(1);
			List<Future<Boolean>> tries = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				tries.add(pool.submit(() -> {
					start.await();
					try {
						this.photos.add(worker, id, PNG);
						return true;
					}
					catch (Rejected refused) {
						assertThat(refused.messageKey()).isEqualTo("photo.rejected.count");
						return false;
					}
				}));
			}
			start.countDown();
			int added = 0;
			for (var t : tries) {
				added += t.get() ? 1 : 0;
			}
			assertThat(added).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.photos.of(worker, id)).hasSize(Attachments.MAX_PER_OWNER);
	}

}
