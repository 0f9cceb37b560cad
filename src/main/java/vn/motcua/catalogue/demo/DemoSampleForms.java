package vn.motcua.catalogue.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import vn.motcua.catalogue.SampleForms;
import vn.motcua.shared.Actor;

/**
 * The sample declarations (tờ khai) of the most common civil-status procedures, laid out from
 * {@code seed/forms/*.txt} as PDF and attached to the declaration, the first document of each.
 */
final class DemoSampleForms {

	/** Procedure code → the form's description file and the name it is downloaded under. */
	static final Map<String, String> FORMS = Map.of("1.001193", "khai-sinh", "1.000656", "khai-tu", "1.000894",
			"ket-hon", "2.000635", "trich-luc", "1.004873", "tinh-trang-hon-nhan");

	private DemoSampleForms() {
	}

	static void attach(SampleForms forms) {
		FORMS.forEach((code, name) -> {
			byte[] pdf = SampleFormPdf.render(description(name));
			forms.attach(code, 1, "to-khai-" + name + ".pdf", pdf.length, new ByteArrayInputStream(pdf), Actor.system());
		});
	}

	static String description(String name) {
		try (InputStream in = DemoSampleForms.class.getResourceAsStream("/seed/forms/" + name + ".txt")) {
			if (in == null) {
				throw new IllegalStateException("seed/forms/" + name + ".txt missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
