package vn.motcua.connect.standin;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * With {@code motcua.identity.stand-in} (the demo's profile {@code standins}), the citizens' login
 * page offers «VNeID (mô phỏng)»: a stand-in identity provider inside the application, which vouches
 * for the demo's Lê Thị Hoa ({@code dinhdanh@example.vn}, as the demo's citizen accounts say), so
 * the login, the prefilled particulars and her data store can be clicked through. Never in production:
 * it lets anyone in as her, so it needs the demo profile too, and it stands for any registration.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnBooleanProperty("motcua.identity.stand-in")
class IdentityStandInConfig {

	@Bean(destroyMethod = "close")
	IdentityProviderStandIn identityProviderStandIn(Clock clock) throws IOException {
		IdentityProviderStandIn provider = IdentityProviderStandIn.start(true, clock);
		provider.claims.putAll(Map.of("sub", "cccd-019186004321", "name", "Lê Thị Hoa", "id_number", "019186004321",
				"birthdate", "1986-03-14",
				"email", "dinhdanh@example.vn", "email_verified", true, "address",
				Map.of("formatted", "Xóm Đồng Kem, xã Phú Lương, tỉnh Thái Nguyên")));
		return provider;
	}

	@Bean
	ClientRegistrationRepository identityProviders(IdentityProviderStandIn provider) {
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("vneid")
			.clientId(IdentityProviderStandIn.CLIENT_ID)
			.clientSecret("mo-phong")
			.clientName("VNeID (mô phỏng)")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/cong-dan/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(IdentityProviderStandIn.ISSUER)
			.authorizationUri(provider.endpoints() + "/authorize")
			.tokenUri(provider.endpoints() + "/token")
			.jwkSetUri(provider.endpoints() + "/jwks")
			.userNameAttributeName("sub")
			.build());
	}

}
