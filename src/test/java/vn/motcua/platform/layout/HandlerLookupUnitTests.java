package vn.motcua.platform.layout;

import org.junit.jupiter.api.Test;
import vn.motcua.platform.layout.HandlerLookup.PrefixedMapping;

import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

class HandlerLookupUnitTests {

	@Test
	void aPatternsLiteralStartEndsAtItsFirstVariableOrWildcard() {
		assertThat(PrefixedMapping.literalStart("/api/v1/public/dossiers/{code}/result.pdf")).isEqualTo("/api/v1/public/dossiers");
		assertThat(PrefixedMapping.literalStart("/tin-tuc/**")).as("matches /tin-tuc too").isEqualTo("/tin-tuc");
		assertThat(PrefixedMapping.literalStart("/tin-tuc/{*rest}")).isEqualTo("/tin-tuc");
		assertThat(PrefixedMapping.literalStart("/css/*.css")).isEqualTo("/css");
		assertThat(PrefixedMapping.literalStart("/file?.txt")).isEqualTo("/file");
		assertThat(PrefixedMapping.literalStart("/thu-tuc")).isEqualTo("/thu-tuc");
	}

	@Test
	void aMappingIsPassedOverOnlyWhenEveryPatternHasALiteralStart() {
		assertThat(PrefixedMapping.literalStarts(info("/a/{x}", "/b/{y}"))).containsExactly("/a", "/b");
		assertThat(PrefixedMapping.literalStarts(info("/a/{x}", "/{slug}"))).as("«/» starts every address").isNull();
		assertThat(PrefixedMapping.literalStarts(info("/**"))).isNull();
		assertThat(PrefixedMapping.literalStarts(RequestMappingInfo.paths().options(options()).build())).isNull();
	}

	private static RequestMappingInfo info(String... patterns) {
		return RequestMappingInfo.paths(patterns).options(options()).build();
	}

	private static RequestMappingInfo.BuilderConfiguration options() {
		RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
		options.setPatternParser(PathPatternParser.defaultInstance);
		return options;
	}

}
