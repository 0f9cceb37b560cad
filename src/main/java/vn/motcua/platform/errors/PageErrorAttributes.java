package vn.motcua.platform.errors;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page says why in words when a rule refused the request (a period too long, a book too
 * big, not this official's unit): {@link ApiExceptionAdvice} leaves the refusal's Vietnamese text
 * in the request, and the page shows it as {@code detail}. Nothing else of an exception is shown.
 */
@Component
class PageErrorAttributes extends DefaultErrorAttributes {

	static final String DETAIL = PageErrorAttributes.class.getName() + ".detail";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object detail = request.getAttribute(DETAIL, RequestAttributes.SCOPE_REQUEST);
		if (detail != null) {
			attributes.put("detail", detail);
		}
		return attributes;
	}

}
