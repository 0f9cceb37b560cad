package vn.motcua;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Vietnamese and English bundles hold the same keys, and every key a template uses exists. */
class I18nMessagesSyncTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[(}]");

	@Test
	void bundlesHoldTheSameKeys() throws IOException {
		Properties vi = load("messages.properties");
		Properties en = load("messages_en.properties");
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
	}

	@Test
	void vietnameseBundleIsWrittenWithDiacritics() throws IOException {
		Properties vi = load("messages.properties");
		assertThat(vi.getProperty("nav.backOffice")).isEqualTo("Quản trị");
		assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập hệ thống");
	}

	/**
	 * A message given arguments is read by {@link java.text.MessageFormat}, where a lone ASCII apostrophe
	 * quotes what follows: «The draft's files exceed {0} MB» came out as «The drafts files exceed {0} MB».
	 * The bundles write the typographic one (’).
	 */
	@Test
	void noMessageHoldsAnApostropheThatMessageFormatWouldSwallow() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).as(bundle)
				.filteredOn(key -> messages.getProperty(key).replace("''", "").contains("'"))
				.isEmpty();
		}
		assertThat(new java.text.MessageFormat(load("messages_en.properties").getProperty("error.submission-too-large"))
			.format(new Object[] { 200 })).startsWith("The draft’s files exceed 200 MB");
	}

	@Test
	void everyLiteralKeyUsedInTemplatesExists() throws IOException {
		Properties vi = load("messages.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(vi.stringPropertyNames()).containsAll(used);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(I18nMessagesSyncTests.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
