package vn.motcua.identity.officials;

import jakarta.validation.constraints.NotBlank;

/** An official's new password; mutable because the page binds to it. Passwords are never echoed back. */
class PasswordForm {

	@NotBlank(message = "{validation.required}")
	private String current = "";

	@NotBlank(message = "{validation.required}")
	private String next = "";

	@NotBlank(message = "{validation.required}")
	private String confirmation = "";

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getNext() {
		return this.next;
	}

	public void setNext(String next) {
		this.next = next;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
