package vn.motcua.identity.officials;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.OfficialView;
import vn.motcua.shared.Role;

/** The official edit form; mutable because the page binds to it. */
class OfficialForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[a-zA-Z0-9._-]{3,60}", message = "{validation.username}")
	private String username = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 150, message = "{validation.too-long}")
	private String fullName = "";

	@Email(message = "{validation.email}")
	private @Nullable String email;

	@Pattern(regexp = "[0-9 .+()-]{0,30}", message = "{validation.phone}")
	private @Nullable String phone;

	@Size(max = 150, message = "{validation.too-long}")
	private @Nullable String position;

	private @Nullable String agencyCode;

	@NotEmpty(message = "{validation.roles}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	private long version;

	static OfficialForm of(OfficialView official) {
		var form = new OfficialForm();
		form.username = official.username();
		form.fullName = official.fullName();
		form.email = official.email();
		form.phone = official.phone();
		form.position = official.position();
		form.agencyCode = official.agencyCode();
		form.roles = official.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(official.roles());
		form.enabled = official.enabled();
		form.version = official.version();
		return form;
	}

	OfficialDraft draft() {
		return new OfficialDraft(this.username, this.fullName, this.email, this.phone, this.position, this.agencyCode,
				this.roles, this.enabled);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getPosition() {
		return this.position;
	}

	public void setPosition(@Nullable String position) {
		this.position = position;
	}

	public @Nullable String getAgencyCode() {
		return this.agencyCode;
	}

	public void setAgencyCode(@Nullable String agencyCode) {
		this.agencyCode = agencyCode;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(@Nullable Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
