package vn.motcua.catalogue.forms;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.catalogue.CatalogueChanged;
import vn.motcua.catalogue.procedures.CatalogueEditors;

import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.procedures.ProcedureRepository;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Uploads.Stored;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sample forms (mẫu đơn, tờ khai) of required documents ({@code catalogue_sample_form}), kept
 * by procedure code so that a new version of the procedure keeps its forms.
 */
@Service
@Transactional
public class SampleFormFiles {

	private final JdbcClient jdbc;

	private final ProcedureRepository procedures;

	private final Uploads uploads;

	private final Clock clock;

	private final CatalogueEditors editors;

	private final ApplicationEventPublisher events;

	SampleFormFiles(JdbcClient jdbc, ProcedureRepository procedures, Uploads uploads, Clock clock,
			CatalogueEditors editors, ApplicationEventPublisher events) {
		this.events = events;
		this.editors = editors;
		this.jdbc = jdbc;
		this.procedures = procedures;
		this.uploads = uploads;
		this.clock = clock;
	}

	/**
	 * Sets (or replaces) the sample form of document {@code position} of procedure {@code code}.
	 * @throws DomainException {@code forbidden}, {@code procedure-not-found}, {@code document-not-found},
	 * {@code attachment-type}, {@code attachment-too-large}.
	 */
	public void attach(String code, int position, String fileName, long size, InputStream content, Actor actor) {
		this.editors.require(actor);
		CatalogueChanged.publish(this.events);
		ProcedureView procedure = this.procedures.require(code, LocalDate.now(this.clock));
		if (procedure.documents().stream().noneMatch(d -> d.position() == position)) {
			throw new DomainException(Kind.NOT_FOUND, "document-not-found", position);
		}
		Stored stored = this.uploads.store(fileName, size, content);
		this.jdbc.sql("""
				insert into catalogue_sample_form (procedure_code, position, file_name, content_type, size_bytes, sha256,
				  storage_path, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (procedure_code, position) do update set file_name = excluded.file_name,
				  content_type = excluded.content_type, size_bytes = excluded.size_bytes, sha256 = excluded.sha256,
				  storage_path = excluded.storage_path, uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
			.params(procedure.code(), position, stored.fileName(), stored.contentType(), stored.size(), stored.sha256(),
					stored.path(), actor.username(), Timestamp.from(this.clock.instant()))
			.update();
	}

	/** @return the file names of a procedure's sample forms, by document position. */
	@Transactional(readOnly = true)
	public Map<Integer, String> of(String code) {
		return this.jdbc.sql("select position, file_name from catalogue_sample_form where procedure_code = ?")
			.param(code)
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * @return the sample form, its bytes checked against their SHA-256.
	 * @throws DomainException {@code attachment-not-found}, {@code attachment-corrupted}.
	 */
	@Transactional(readOnly = true)
	public Uploads.File get(String code, int position) {
		return this.jdbc.sql("""
				select file_name, content_type, storage_path, sha256 from catalogue_sample_form
				where procedure_code = ? and position = ?""")
			.params(code, position)
			.query((rs, n) -> this.uploads.file(rs))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", code + "/" + position));
	}

}
