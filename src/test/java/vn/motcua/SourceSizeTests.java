package vn.motcua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rooms that hold too much are split before they grow (STYLE.md §13): no production source file
 * over 250 non-blank lines, and nine in ten under 100.
 */
class SourceSizeTests {

	private static final Path SOURCES = Path.of("src/main/java/vn/motcua");

	private static final int MAX_LINES = 250;

	private static final int P90_LINES = 100;

	@ParameterizedTest
	@MethodSource("vn.motcua.ModuleNames#all")
	void noFileOfAModuleIsOver250NonBlankLines(String module) {
		Map<Path, Long> tooLong = sizes(SOURCES.resolve(module)).entrySet()
			.stream()
			.filter(e -> e.getValue() > MAX_LINES)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(tooLong).as("files over %d non-blank lines", MAX_LINES).isEmpty();
	}

	@Test
	void nineFilesInTenAreUnder100NonBlankLines() {
		List<Long> sorted = sizes(SOURCES).values().stream().sorted().toList();
		long p90 = sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
		assertThat(p90).as("p90 of non-blank lines per file over %d files", sorted.size()).isLessThan(P90_LINES);
	}

	private static Map<Path, Long> sizes(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> f.toString().endsWith(".java"))
				.collect(Collectors.toMap(f -> f, SourceSizeTests::nonBlankLines));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long nonBlankLines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter(line -> !line.isBlank()).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
