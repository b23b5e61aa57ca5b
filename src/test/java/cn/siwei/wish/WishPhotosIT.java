package cn.siwei.wish;

import java.util.Locale;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Photos;
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
 * Photos are checked by their own bytes and served only to those who may see the wish.
 */
class WishPhotosIT extends SiweiIT {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@Autowired
	WishPhotos photos;

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries wishQueries;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	long wish() {
		long wang = id("person", "name", "王秀兰");
		long category = this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		return this.wishes.collect(actor("worker"), WishForm.of(wang, category, "带照片的心愿", WishTerms.Channel.PHONE));
	}

	@Test
	void aPhotoIsServedToThoseWhoMaySeeTheWishAndToNobodyElse() throws Exception {
		long id = wish();
		this.mvc.perform(multipart("/wishes/" + id + "/photos").file(new MockMultipartFile("photo", "a.png", "image/png", PNG))
			.with(user(this.users.loadUserByUsername("worker")))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long photo = this.photos.of(actor("worker"), id).get(0).id();
		this.mvc.perform(get("/wishes/" + id + "/photos/" + photo).with(user(this.users.loadUserByUsername("leader"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Cache-Control", "private, no-store"));
		this.mvc.perform(get("/wishes/" + id + "/photos/" + photo).with(user(this.users.loadUserByUsername("worker9"))))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> this.photos.content(actor("resident"), id, photo)).isInstanceOf(NotFound.class);
	}

	@Test
	void aResidentSendsAPhotoWithTheirWishAndARefusedPhotoSavesNothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from wish").query(Long.class).single();
		long category = this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		this.mvc.perform(multipart("/my/wishes").file(new MockMultipartFile("photo", "x.png", "image/png", "not a picture".getBytes()))
			.param("description", "带错误照片的心愿").param("categoryId", String.valueOf(category))
			.param("urgency", "NORMAL").param("difficulty", "MEDIUM")
			.with(user(this.users.loadUserByUsername("resident"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content()
				.string(Matchers.containsString("只能上传 JPEG、PNG 或 WebP 格式的照片。")));
		assertThat(this.jdbc.sql("select count(*) from wish").query(Long.class).single()).isEqualTo(before);

		this.mvc.perform(multipart("/my/wishes").file(new MockMultipartFile("photo", "x.png", "image/png", PNG))
			.param("description", "带照片的居民心愿").param("categoryId", String.valueOf(category))
			.param("urgency", "NORMAL").param("difficulty", "MEDIUM")
			.with(user(this.users.loadUserByUsername("resident"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("select id from wish where description = '带照片的居民心愿'").query(Long.class).single();
		assertThat(this.photos.of(actor("resident"), id)).hasSize(1);
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedWhateverItClaims() {
		long id = wish();
		byte[] script = "<script>alert(1)</script>".getBytes();
		assertThatThrownBy(() -> this.photos.add(actor("worker"), id, script))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("photo.rejected.type"));
		assertThatThrownBy(() -> this.photos.add(actor("worker"), id, new byte[Photos.MAX_BYTES + 1]))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("photo.rejected.tooLarge"));
		assertThat(Photos.typeOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).contains("image/jpeg");
		assertThat(Photos.typeOf("RIFF0000WEBPVP8 ".getBytes())).contains("image/webp");
	}

}
