package vn.motcua.catalogue.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.catalogue.procedures.CatalogueEditors;

import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.versions.ProcedureVersions;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a procedure catalogue from Excel, the way provinces publish it: one procedure per row,
 * columns found by their (Vietnamese) header, documents separated by semicolons. Every row is
 * checked first; with any error nothing is imported and every error is reported with its row and
 * column. Each imported row becomes a new version from the effective date; the version in force
 * before ends the day before.
 */
@Service
@Transactional
class CatalogueImport {

	private final ProcedureVersions versions;

	private final CatalogueEditors editors;

	CatalogueImport(ProcedureVersions versions, CatalogueEditors editors) {
		this.editors = editors;
		this.versions = versions;
	}

	/**
	 * @param effectiveFrom when the imported versions come into force.
	 * @return the number imported, or every error (then nothing was imported).
	 * @throws DomainException {@code forbidden} for a non-administrator, {@code catalogue-province-only} below the province.
	 */
	Report importExcel(InputStream excel, LocalDate effectiveFrom, Actor actor) {
		this.editors.require(actor);
		List<RowError> errors = new ArrayList<>();
		List<ProcedureDraft> drafts;
		try {
			drafts = ImportRows.drafts(ExcelSheet.read(excel, errors), effectiveFrom, errors);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			return new Report(0, List.of(new RowError(0, "", "Không đọc được tệp Excel (.xlsx): " + ex.getMessage())));
		}
		if (!errors.isEmpty()) {
			return new Report(0, errors);
		}
		for (ProcedureDraft draft : drafts) {
			this.versions.newVersion(draft, actor);
		}
		return new Report(drafts.size(), List.of());
	}

}
