package vn.motcua.portal.settings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Texts;

/** The site settings form; mutable because the page binds to it. */
class SettingsForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String authorityName = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String portalName = "";

	@Size(max = 300, message = "{validation.too-long}")
	private @Nullable String address;

	@Size(max = 60, message = "{validation.too-long}")
	private @Nullable String phone;

	@Email(message = "{validation.email}")
	@Size(max = 120, message = "{validation.too-long}")
	private @Nullable String email;

	@Size(max = 200, message = "{validation.too-long}")
	private @Nullable String responsiblePerson;

	@Size(max = 300, message = "{validation.too-long}")
	private @Nullable String license;

	private long version;

	static SettingsForm of(SiteSettings settings) {
		var form = new SettingsForm();
		form.authorityName = settings.authorityName();
		form.portalName = settings.portalName();
		form.address = settings.address();
		form.phone = settings.phone();
		form.email = settings.email();
		form.responsiblePerson = settings.responsiblePerson();
		form.license = settings.license();
		form.version = settings.version();
		return form;
	}

	SiteSettings settings() {
		return new SiteSettings(this.authorityName, this.portalName, Texts.blankToNull(this.address), Texts.blankToNull(this.phone),
				Texts.blankToNull(this.email), Texts.blankToNull(this.responsiblePerson), Texts.blankToNull(this.license), this.version);
	}


	public String getAuthorityName() {
		return this.authorityName;
	}

	public void setAuthorityName(String authorityName) {
		this.authorityName = authorityName;
	}

	public String getPortalName() {
		return this.portalName;
	}

	public void setPortalName(String portalName) {
		this.portalName = portalName;
	}

	public @Nullable String getAddress() {
		return this.address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getResponsiblePerson() {
		return this.responsiblePerson;
	}

	public void setResponsiblePerson(@Nullable String responsiblePerson) {
		this.responsiblePerson = responsiblePerson;
	}

	public @Nullable String getLicense() {
		return this.license;
	}

	public void setLicense(@Nullable String license) {
		this.license = license;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
