package vn.motcua.portal.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Renditions keep proportions and never grow; only YouTube links are embedded, as its no-cookie player. */
class MediaUnitTests {

	@Test
	void aRenditionKeepsTheProportionsAndNeverGrows() {
		assertThat(new ImageSize(2000, 1000).within(ImageSize.THUMB)).isEqualTo(new ImageSize(400, 200));
		assertThat(new ImageSize(1200, 675).within(ImageSize.LARGE)).isEqualTo(new ImageSize(1200, 675));
		assertThat(new ImageSize(1201, 3).within(400)).isEqualTo(new ImageSize(400, 1));
		assertThat(new ImageSize(3000, 1).within(400)).as("at least one pixel high").isEqualTo(new ImageSize(400, 1));
		assertThat(new ImageSize(300, 100).within(300)).isEqualTo(new ImageSize(300, 100));
		assertThat(new ImageSize(1, 1).width()).isEqualTo(1);
		assertThatIllegalArgumentException().isThrownBy(() -> new ImageSize(0, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new ImageSize(10, 0));
	}

	@Test
	void onlyYouTubeLinksAreEmbedded() {
		String player = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";
		assertThat(VideoLinks.embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).contains(player);
		assertThat(VideoLinks.embed(" https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=10 ")).contains(player);
		assertThat(VideoLinks.embed("https://youtu.be/dQw4w9WgXcQ?si=abc")).contains(player);
		assertThat(VideoLinks.embed("https://m.youtube.com/shorts/dQw4w9WgXcQ")).contains(player);
		assertThat(VideoLinks.embed("https://www.youtube.com/embed/dQw4w9WgXcQ")).contains(player);
		assertThat(VideoLinks.embed("http://www.youtube.com/watch?v=dQw4w9WgXcQ")).as("not over HTTPS").isEmpty();
		assertThat(VideoLinks.embed("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ")).isEmpty();
		assertThat(VideoLinks.embed("https://youtu.be/dQw4w9WgXcQ\"><script>")).isEmpty();
		assertThat(VideoLinks.embed("https://youtu.be/short")).isEmpty();
		assertThat(VideoLinks.embed("javascript:alert(1)")).isEmpty();
	}

}
