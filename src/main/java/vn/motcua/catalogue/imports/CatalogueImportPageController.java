package vn.motcua.catalogue.imports;

import java.io.IOException;
import java.time.LocalDate;

import vn.motcua.catalogue.search.CatalogueListPage;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Back office: the Excel import on the catalogue page, and its template file. */
@Controller
@RequestMapping("/quan-tri/thu-tuc")
@AdministratorsOnly
class CatalogueImportPageController {

	private final CatalogueImport importer;

	private final CatalogueListPage page;

	CatalogueImportPageController(CatalogueImport importer, CatalogueListPage page) {
		this.importer = importer;
		this.page = page;
	}

	@PostMapping("/nhap")
	String importExcel(@RequestParam MultipartFile file,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@AuthenticationPrincipal Actor actor, Model model) throws IOException {
		model.addAttribute("report", this.importer.importExcel(file.getInputStream(), effectiveFrom, actor));
		return this.page.show(null, model);
	}

	@GetMapping("/mau-nhap.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nhap-thu-tuc.xlsx").build().toString())
			.body(ImportTemplate.workbook());
	}

}
