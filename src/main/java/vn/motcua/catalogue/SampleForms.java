package vn.motcua.catalogue;

import java.io.InputStream;
import java.util.Map;

import vn.motcua.catalogue.forms.SampleFormFiles;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Uploads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sample forms (mẫu đơn, tờ khai) of required documents: administrators upload one per
 * document of a procedure, anyone downloads it from the procedure's page. Kept by procedure code,
 * so a new version of the procedure keeps its forms.
 */
@Service
@Transactional
public class SampleForms {

	private final SampleFormFiles files;

	SampleForms(SampleFormFiles files) {
		this.files = files;
	}

	/**
	 * Sets (or replaces) the sample form of document {@code position} of procedure {@code code}.
	 * @throws DomainException {@code forbidden}, {@code procedure-not-found}, {@code document-not-found},
	 * {@code attachment-type}, {@code attachment-too-large}.
	 */
	public void attach(String code, int position, String fileName, long size, InputStream content, Actor actor) {
		this.files.attach(code, position, fileName, size, content, actor);
	}

	/** @return the file names of a procedure's sample forms, by document position; never {@literal null}. */
	@Transactional(readOnly = true)
	public Map<Integer, String> of(String code) {
		return this.files.of(code);
	}

	/**
	 * @return the sample form, its bytes checked against their SHA-256; never {@literal null}.
	 * @throws DomainException {@code attachment-not-found}, {@code attachment-corrupted}.
	 */
	@Transactional(readOnly = true)
	public Uploads.File get(String code, int position) {
		return this.files.get(code, position);
	}

}
