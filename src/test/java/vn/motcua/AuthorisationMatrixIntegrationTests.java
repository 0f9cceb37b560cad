package vn.motcua;

import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix, generated from the application's own route list: every route is either
 * public by name here, or protected and carrying its rule (a role, or the signed-in official or
 * citizen whose scope the service checks); so a new route without a rule fails the build. Then every
 * protected route is called anonymously (never 2xx, never 5xx: 401, a redirect to the login, or
 * CSRF's 403), and every administrators-only route that reads by a desk officer (403).
 */
@MotCuaTest
class AuthorisationMatrixIntegrationTests {

	/** The public routes, on purpose: the portal's pages, the public API, the logins. */
	private static final Set<String> PUBLIC = Set.of("/", "/tin-tuc", "/tin-tuc/{slug:[a-z0-9-]+}", "/tin-tuc/rss.xml",
			"/tin-tuc/chuyen-muc/{path}/rss.xml", "/anh/{id}/{size:lon|nho|goc}", "/video/{id}", "/sitemap.xml",
			"/gioi-thieu", "/gioi-thieu/{slug:[a-z0-9-]+}", "/don-vi/{code:[0-9]+}", "/don-vi/{code:[0-9]+}/{slug:[a-z0-9-]+}",
			"/don-vi/{code:[0-9]+}/lanh-dao", "/lanh-dao", "/lien-he", "/tim-kiem", "/thu-tuc", "/thu-tuc/{code}",
			"/thu-tuc/{code}/mau/{position}", "/tra-cuu-ho-so", "/tra-cuu-ho-so/danh-gia", "/kiem-tra-van-ban", "/phan-anh", "/phan-anh/da-gui",
			"/phan-anh/da-tra-loi", "/phan-anh/theo-doi", "/cong-khai-ket-qua", "/chi-so-cai-cach-hanh-chinh",
			"/lich-lam-viec", "/binh-chon/{id}", "/binh-chon", "/dang-nhap", "/dang-nhap-chon", "/cong-dan/dang-nhap",
			"/cong-dan/dang-ky", "/cong-dan/xac-thuc", "/cong-dan/quen-mat-khau", "/cong-dan/dat-lai-mat-khau", "/error");

	/** What a list page says of a unit outside the official's sight ({@code validation.unit-unknown}). */
	private static final String OUT_OF_SIGHT = "trong phạm vi của bạn";

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	record Route(String pattern, RequestMethod method, HandlerMethod handler) {

		boolean isPublic() {
			return PUBLIC.contains(this.pattern) || this.pattern.startsWith("/api/v1/public/")
					|| this.pattern.startsWith("/v3/api-docs") || this.pattern.startsWith("/swagger-ui")
					|| (this.method == RequestMethod.GET && (this.pattern.startsWith("/api/v1/units")
							|| this.pattern.startsWith("/api/v1/agencies") || this.pattern.startsWith("/api/v1/calendar")));
		}

		boolean adminsOnly() {
			PreAuthorize rule = rule();
			return rule != null && rule.value().equals("hasRole('ADMIN')");
		}

		PreAuthorize rule() {
			PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(this.handler.getMethod(), PreAuthorize.class);
			return onMethod != null ? onMethod
					: AnnotatedElementUtils.findMergedAnnotation(this.handler.getBeanType(), PreAuthorize.class);
		}

		boolean readsByUnit() {
			for (Parameter parameter : this.handler.getMethod().getParameters()) {
				RequestParam param = parameter
					.getAnnotation(RequestParam.class);
				if (param != null && "unit".equals(!param.value().isEmpty() ? param.value() : !param.name().isEmpty() ? param.name()
						: parameter.getName())) {
					return true;
				}
			}
			return false;
		}

		boolean knowsWhoAsks() {
			for (Parameter parameter : this.handler.getMethod().getParameters()) {
				if (Actor.class.isAssignableFrom(parameter.getType())
						|| CitizenPrincipal.class.isAssignableFrom(parameter.getType())) {
					return true;
				}
			}
			return false;
		}

		String sample() {
			Map<String, Class<?>> types = new java.util.HashMap<>();
			for (Parameter parameter : this.handler.getMethod().getParameters()) {
				PathVariable variable = parameter.getAnnotation(PathVariable.class);
				if (variable != null) {
					String name = !variable.value().isEmpty() ? variable.value()
							: !variable.name().isEmpty() ? variable.name() : parameter.getName();
					types.put(name, parameter.getType());
				}
			}
			Matcher matcher = VARIABLE.matcher(this.pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				Class<?> type = types.getOrDefault(matcher.group(1), String.class);
				String regex = matcher.group(2) == null ? "" : matcher.group(2).substring(1);
				String value = type == UUID.class ? UUID.randomUUID().toString()
						: type == LocalDate.class ? "2026-11-28"
								: Number.class.isAssignableFrom(type) || type.isPrimitive() || regex.contains("0-9]+}")
										|| regex.equals("[0-9]+") ? "1"
												: regex.matches("[a-z]+(\\|[a-z]+)+") ? regex.substring(0, regex.indexOf('|'))
														: "x";
				matcher.appendReplacement(path, value);
			}
			matcher.appendTail(path);
			return path.toString();
		}

	}

	@Test
	void everyRouteIsPublicOnPurposeOrCarriesItsRuleAndNoneLetsAStrangerIn() throws Exception {
		List<Route> routes = routes();
		assertThat(routes).hasSizeGreaterThan(150);
		List<String> withoutRule = new ArrayList<>();
		List<String> letIn = new ArrayList<>();
		for (Route route : routes) {
			if (route.isPublic()) {
				continue;
			}
			if (route.rule() == null && !route.knowsWhoAsks()) {
				withoutRule.add(route.method() + " " + route.pattern());
			}
			HttpResponse<String> answer = send(route, null);
			int status = answer.statusCode();
			boolean refused = status == 401 || status == 403
					|| status == 302 && answer.headers().firstValue("Location").orElse("").contains("dang-nhap");
			if (!refused) {
				letIn.add(route.method() + " " + route.pattern() + " → " + status);
			}
		}
		assertThat(withoutRule).as("protected routes that say neither a role nor who asks").isEmpty();
		assertThat(letIn).as("protected routes a stranger gets an answer from").isEmpty();
	}

	@Test
	void everyAdministratorsOnlyRouteRefusesADeskOfficer() throws Exception {
		String desk = "Basic " + Base64.getEncoder().encodeToString(("motcua.phuluong:" + MotCuaTest.PASSWORD).getBytes());
		List<String> letIn = new ArrayList<>();
		int checked = 0;
		for (Route route : routes()) {
			// GET only: a body would be validated (400) before the method's rule is asked
			if (!route.adminsOnly() || !route.pattern().startsWith("/api/") || route.method() != RequestMethod.GET) {
				continue;
			}
			checked++;
			int status = send(route, desk).statusCode();
			if (status != 403) {
				letIn.add(route.method() + " " + route.pattern() + " → " + status);
			}
		}
		Http officer = Http.session(this.port, "motcua.phuluong", MotCuaTest.PASSWORD);
		for (Route route : routes()) {
			if (route.adminsOnly() && route.pattern().startsWith("/quan-tri/") && route.method() == RequestMethod.GET) {
				checked++;
				int status = officer.get(route.sample()).status();
				if (status != 403) {
					letIn.add("GET " + route.pattern() + " → " + status);
				}
			}
		}
		assertThat(checked).isGreaterThan(10);
		assertThat(letIn).as("administrators-only routes a desk officer gets an answer from").isEmpty();
	}

	/**
	 * Every protected route that reads by a {@code unit} parameter, asked by a commune's chairman: those
	 * that answer him for his own commune (Vô Tranh) must refuse him the neighbouring one (Phú Lương).
	 */
	@Test
	void everyRouteThatReadsByUnitAnswersTheOwnCommuneAndRefusesTheNeighbouringOne() {
		Http api = Http.basic(this.port, "chutich.votranh", MotCuaTest.PASSWORD);
		Http pages = Http.session(this.port, "chutich.votranh", MotCuaTest.PASSWORD);
		List<String> answered = new ArrayList<>();
		List<String> letIn = new ArrayList<>();
		for (Route route : routes()) {
			if (route.isPublic() || route.method() != RequestMethod.GET || !route.readsByUnit()) {
				continue;
			}
			Http client = route.pattern().startsWith("/api/") ? api : pages;
			String query = route.sample() + "?from=2026-11-01&to=2026-11-28&month=2026-11&day=2026-11-15&period=month&year=2026"
					+ "&format=xlsx&unit=";
			int own = client.get(query + "05641").status();
			if (own / 100 != 2) {
				continue; // a route this role may not read at all: the anonymous and administrators' checks have it
			}
			answered.add(route.pattern());
			Http.Response other = client.get(query + "05611");
			// refused: 403, 404, 400 on the unit, or a list page that says so in place of the rows
			boolean refused = other.status() == 403 || other.status() == 404 || other.status() == 400
					|| other.status() == 200 && other.text().contains(OUT_OF_SIGHT);
			if (!refused) {
				letIn.add("GET " + route.pattern() + " → " + other.status());
			}
		}
		assertThat(answered).as("routes read by unit that answer the own commune").hasSizeGreaterThan(5);
		assertThat(letIn).as("routes that answer about a neighbouring commune").isEmpty();
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mapping.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("vn.motcua")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(pattern, method, entry.getValue()));
				}
			}
		}
		return routes;
	}

	private HttpResponse<String> send(Route route, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + route.sample()))
			.method(route.method().name(), route.method() == RequestMethod.GET || route.method() == RequestMethod.DELETE
					? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json")
			.header("Accept", route.pattern().startsWith("/api/") ? "application/json" : "text/html");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
