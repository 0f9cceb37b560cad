package vn.motcua.portal.feedback;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A feedback or petition as the public submits it (the API's body and the page's form alike):
 * name, address and phone are required by Decree 20/2008.
 */
class FeedbackRequest {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String name = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.too-long}")
	private String address = "";

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[0-9 .+()-]{8,20}", message = "{validation.phone}")
	private String phone = "";

	@Email(message = "{validation.email}")
	@Size(max = 120, message = "{validation.too-long}")
	private String email = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.too-long}")
	private String subject = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 10000, message = "{validation.too-long}")
	private String content = "";

	/** The unit concerned (its code); blank to leave the routing to the officials. */
	@Size(max = 20, message = "{validation.too-long}")
	private String unitCode = "";

	private boolean publishConsent;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public boolean isPublishConsent() {
		return this.publishConsent;
	}

	public void setPublishConsent(boolean publishConsent) {
		this.publishConsent = publishConsent;
	}

}
