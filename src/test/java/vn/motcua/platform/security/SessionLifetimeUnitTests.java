package vn.motcua.platform.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: sessions had no absolute lifetime; one older than the setting ends, however active. */
class SessionLifetimeUnitTests {

	@Test
	void aSessionOlderThanTheLifetimeEndsAYoungerOneStays() throws Exception {
		MockHttpSession young = new MockHttpSession();
		new SessionLifetime(Duration.ofHours(12)).doFilter(request(young), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(young.isInvalid()).isFalse();

		MockHttpSession old = new MockHttpSession();
		new SessionLifetime(Duration.ZERO).doFilter(request(old), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(old.isInvalid()).isTrue();

		MockFilterChain chain = new MockFilterChain();
		new SessionLifetime(Duration.ZERO).doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).as("no session: the request goes on").isNotNull();
	}

	private static MockHttpServletRequest request(MockHttpSession session) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(session);
		return request;
	}

}
