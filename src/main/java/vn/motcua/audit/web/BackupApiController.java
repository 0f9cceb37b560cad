package vn.motcua.audit.web;

import java.util.Map;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.Backups;
import vn.motcua.shared.DomainException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A backup now, for the province's administrators ({@code curl -u admin -X POST
 * …/api/v1/admin/backups}, README «Backups»): with the embedded database the application takes it
 * itself; with an external one its own tools do ({@code backup-external-database}).
 */
@RestController
@AdministratorsOnly
class BackupApiController {

	private final ObjectProvider<Backups> backups;

	private final OrganizationManagement organization;

	BackupApiController(ObjectProvider<Backups> backups, OrganizationManagement organization) {
		this.backups = backups;
		this.organization = organization;
	}

	@PostMapping("/api/v1/admin/backups")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> takeNow(@AuthenticationPrincipal Actor actor) {
		this.organization.requireProvinceAdministrator(actor, "backup-province-only");
		Backups available = this.backups.getIfAvailable();
		if (available == null) {
			throw new DomainException(DomainException.Kind.CONFLICT, "backup-external-database");
		}
		return Map.of("directory", available.takeNow().toString());
	}

}
