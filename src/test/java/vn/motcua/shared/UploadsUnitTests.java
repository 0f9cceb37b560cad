package vn.motcua.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadsUnitTests {

	private static final byte[] PDF = "%PDF-1.7\n% bản quét\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path root;

	@Test
	void aStoredFileHasItsBytesAndDigestAndNothingIsLeftBesideIt() throws Exception {
		Uploads uploads = new Uploads(this.root.toString(), DataSize.ofMegabytes(1));
		Uploads.Stored stored = uploads.store("ban-quet.pdf", PDF.length, new ByteArrayInputStream(PDF));
		assertThat(stored.size()).isEqualTo(PDF.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		assertThat(Files.readAllBytes(this.root.resolve(stored.path()))).isEqualTo(PDF);
		assertThat(files()).containsExactly(this.root.resolve(stored.path()));
	}

	@Test
	void aFailedWriteLeavesNoFileNeitherWholeNorHalf() throws IOException {
		Uploads uploads = new Uploads(this.root.toString(), DataSize.ofMegabytes(1));
		InputStream dropped = new SequenceInputStream(new ByteArrayInputStream(PDF), new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("the connection dropped");
			}
		});
		assertThatThrownBy(() -> uploads.store("ban-quet.pdf", 1_000, dropped)).isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("the connection dropped");
		assertThat(files()).isEmpty();
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.walk(this.root)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}
