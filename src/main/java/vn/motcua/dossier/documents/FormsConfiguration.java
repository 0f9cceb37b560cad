package vn.motcua.dossier.documents;

import vn.motcua.dossier.forms.DossierForms;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forms' printer with the words it needs: the actions' names and the officials' full names. */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

	@Bean
	DossierForms dossierForms(MessageSource messages, IdentityManagement identity,
			@Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		return new DossierForms(publicUrl,
				action -> messages.getMessage("DossierAction." + action.name(), null, action.name(), Vietnam.LOCALE),
				login -> fullName(identity, login));
	}

	/** The full name of an official, else the login as recorded (the system, a citizen online). */
	private static String fullName(IdentityManagement identity, String login) {
		try {
			return identity.official(login, Actor.system()).fullName();
		}
		catch (DomainException ex) {
			return login;
		}
	}

}
