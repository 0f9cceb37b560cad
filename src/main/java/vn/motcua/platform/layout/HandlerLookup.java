package vn.motcua.platform.layout;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the controller method of an address with a variable ({@code /api/v1/public/dossiers/{code}})
 * without asking every one of the 300+ mappings its conditions (through every request wrapper): a
 * mapping whose literal start the address does not begin with is passed over first. Addresses with
 * escapes ({@code %}) or path parameters ({@code ;}) are matched as before: their text is not what the
 * patterns compare.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

	@Bean
	WebMvcRegistrations prefixedHandlerMapping() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PrefixedMapping();
			}
		};
	}

	static final class PrefixedMapping extends RequestMappingHandlerMapping {

		private static final ThreadLocal<@Nullable String> PATH = new ThreadLocal<>();

		/** The literal starts of each mapping's patterns; absent when one of them has none (it may match anything). */
		private volatile Map<RequestMappingInfo, String[]> starts = Map.of();

		@Override
		protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
			super.handlerMethodsInitialized(handlerMethods);
			Map<RequestMappingInfo, String[]> found = new IdentityHashMap<>();
			for (RequestMappingInfo info : handlerMethods.keySet()) {
				String[] literal = literalStarts(info);
				if (literal != null) {
					found.put(info, literal);
				}
			}
			this.starts = found;
		}

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
				throws Exception {
			boolean plain = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
			PATH.set(plain ? lookupPath : null);
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				PATH.remove();
			}
		}

		@Override
		protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String path = PATH.get();
			String[] literal = path == null ? null : this.starts.get(info);
			return literal == null || startsWithAny(path, literal) ? super.getMatchingMapping(info, request) : null;
		}

		private static boolean startsWithAny(String path, String[] starts) {
			for (String start : starts) {
				if (path.startsWith(start)) {
					return true;
				}
			}
			return false;
		}

		/** @return each pattern's literal start, or none when a pattern has none (it may match any address). */
		static String @Nullable [] literalStarts(RequestMappingInfo info) {
			if (info.getPathPatternsCondition() == null || info.getPathPatternsCondition().getPatterns().isEmpty()) {
				return null;
			}
			String[] starts = info.getPathPatternsCondition().getPatterns().stream()
				.map(PathPattern::getPatternString)
				.map(PrefixedMapping::literalStart)
				.toArray(String[]::new);
			return Arrays.stream(starts).anyMatch(String::isEmpty) ? null : starts;
		}

		/** The pattern before its first variable or wildcard, less a slash ({@code /a/**} matches {@code /a}). */
		static String literalStart(String pattern) {
			for (int i = 0; i < pattern.length(); i++) {
				char c = pattern.charAt(i);
				if (c == '{' || c == '*' || c == '?') {
					return pattern.substring(0, i > 0 && pattern.charAt(i - 1) == '/' ? i - 1 : i);
				}
			}
			return pattern;
		}

	}

}
