package vn.motcua.platform.layout;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.PageModel;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import static org.assertj.core.api.Assertions.assertThat;

class PageLayoutUnitTests {

	private final PageLayout layout = new PageLayout(List.of(part("site", "Cổng xã"), part("announcement", null)));

	private static PageModel part(String name, @Nullable Object value) {
		return new PageModel() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public @Nullable Object value() {
				return value;
			}
		};
	}

	private ModelAndView rendered(ModelAndView page) {
		this.layout.postHandle(new MockHttpServletRequest("GET", "/thu-tuc"), new MockHttpServletResponse(), new Object(),
				page);
		return page;
	}

	@Test
	void aPageGetsTheLayoutsAttributesAndKeepsThoseItsHandlerSet() {
		Map<String, Object> model = rendered(new ModelAndView("portal/procedures", Map.of("site", "the handler's")))
			.getModel();
		assertThat(model).containsEntry("site", "the handler's")
			.containsEntry("navigation", new Navigation("/thu-tuc"))
			.containsEntry("viewer", null)
			.containsEntry("announcement", null);
	}

	@Test
	void aRedirectAndAnApiAnswerGetNothing() {
		assertThat(rendered(new ModelAndView("redirect:/thu-tuc")).getModel()).isEmpty();
		assertThat(rendered(new ModelAndView(new RedirectView("/thu-tuc"))).getModel()).isEmpty();
		this.layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), null);
	}

}
