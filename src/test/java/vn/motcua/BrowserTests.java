package vn.motcua;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * In a real browser (Debian's Chromium, headless), on a 2026 clock with the seeded accounts: a
 * citizen searches a procedure without diacritics, registers, submits it online with its documents
 * and — once the desk received it — looks the dossier up by its code; a dossier goes from the
 * commune's counter through the head, the specialist and the chairman back to the citizen; every
 * page visited is checked with axe-core. Skipped where Chromium and its driver are not installed, except when
 * {@code MOTCUA_BROWSER_TESTS=required} ({@code .ci/run} installs them and sets it).
 */
@MotCuaTest
class BrowserTests {

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final String AXE = axeSource();

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mail;

	@Autowired
	TestClock clock;

	/** The browser's profile and the files a test uploads, deleted after each test. */
	@TempDir
	Path files;

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		if ("required".equals(System.getenv("MOTCUA_BROWSER_TESTS"))) {
			assertThat(CHROMEDRIVER).as("CI installs chromium-driver").canRead();
		}
		assumeTrue(CHROMEDRIVER.canExecute(), "Chromium's driver is not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi",
				"--user-data-dir=" + this.files.resolve("chrome-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	/** Opens a page and runs axe on it. */
	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
		assertAccessible();
	}

	/**
	 * Runs axe-core (from Maven Central, injected into the page) and fails on any serious or critical
	 * violation, listing each rule with the elements it found.
	 */
	@SuppressWarnings("unchecked")
	private void assertAccessible() {
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		js.executeScript(AXE);
		List<String> violations = (List<String>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
				      + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		String page = this.browser.getCurrentUrl();
		assertThat(violations)
			.as("serious or critical accessibility violations on %s", page)
			.isEmpty();
	}

	private static String axeSource() {
		try (InputStream in = BrowserTests.class.getResourceAsStream("/axe.min.js")) {
			assertThat(in).as("axe.min.js of com.deque.html.axe-core:selenium").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the element, scrolled to the middle of the window (the real catalogue's pages are long). */
	private WebElement find(String id) {
		WebElement element = until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		scrollToMiddle(element);
		return element;
	}

	/** Clicks after scrolling the element to the middle at once (Bootstrap scrolls smoothly, so a click may land mid-scroll). */
	private void click(String id) {
		find(id).click();
	}

	private void type(String id, String text) {
		WebElement field = find(id);
		field.clear();
		field.sendKeys(text);
	}

	@Test
	void aCitizenFindsAProcedureSubmitsItOnlineAndLooksTheDossierUp() throws Exception {
		this.clock.set("2026-11-30T08:00:00+07:00");
		String email = "an." + UUID.randomUUID() + "@example.vn";

		// register and verify with the code that arrived by e-mail
		open("/cong-dan/dang-ky");
		type("contact", email);
		type("fullName", "Đỗ Văn An");
		type("password", "An-2026-truc-tuyen");
		type("passwordAgain", "An-2026-truc-tuyen");
		find("register").click();
		List<MimeMessage> codes = TestMail.to(this.mail, email, "Mã xác thực");
		Matcher code = Pattern.compile("\\d{6}").matcher(TestMail.body(codes.get(0)));
		assertThat(code.find()).isTrue();
		type("code", code.group());
		find("verify").click();
		type("username", email);
		type("password", "An-2026-truc-tuyen");
		find("login").click();
		until(ExpectedConditions.urlContains("/cong-dan/ho-so"));
		assertAccessible();

		// search without diacritics, open the procedure, file it online
		open("/thu-tuc");
		type("q", "dang ky khai sinh");
		find("search").click();
		// the search reloads the page: wait for the new one, or the old page's first result may be read as it goes
		until(ExpectedConditions.urlContains("q=dang"));
		WebElement best = until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results a.procedure-result")));
		assertThat(best.getText()).startsWith("Thủ tục đăng ký khai sinh\n1.001193");
		best.click();
		find("submit-online");
		assertAccessible();
		find("submit-online").click();
		find("start");
		assertAccessible();
		this.browser.findElement(By.cssSelector("input[name=agencyCode][value='000.41.20.H55']")).click();
		find("start").click();
		find("phone");
		assertAccessible();
		type("idNumber", "019 185 012 345");
		type("phone", "0912 345 678");
		find("save-applicant").click();
		find("file-1"); // the documents step has come
		Path scan = this.files.resolve("ban-quet.pdf");
		Files.write(scan, "%PDF-1.4 bản quét".getBytes());
		for (int position = 1; !this.browser.findElements(By.id("file-" + position)).isEmpty(); position++) {
			WebElement file = find("file-" + position);
			file.sendKeys(scan.toString());
			file.submit(); // the upload buttons sit below the declaration form
			until(ExpectedConditions.stalenessOf(file)); // the page came back with the file,
			until(ExpectedConditions.presenceOfElementLocated(By.id("to-review"))); // whole
		}
		assertAccessible();
		click("to-review");
		find("submit-dossier");
		assertAccessible();
		click("delivery-ONLINE");
		click("commitment");
		click("submit-dossier");
		until(ExpectedConditions.textToBePresentInElementLocated(By.id("pending"),
				"Đã gửi, chờ Bộ phận Một cửa tiếp nhận"));
		assertAccessible();

		// the desk receives it; the citizen looks it up by code and phone
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String submission = desk.get("/api/v1/submissions").<List<String>>json("$[?(@.applicant.email == '" + email + "')].id")
			.get(0);
		String dossier = desk.postJson("/api/v1/submissions/" + submission + "/decision", "{\"outcome\":\"RECEIVE\"}")
			.json("$.code");
		open("/tra-cuu-ho-so");
		type("ma", dossier);
		type("phone", "5678");
		find("lookup").click();
		assertThat(find("dossier-code").getText()).isEqualTo(dossier);
		assertThat(find("dossier-status").getText()).isEqualTo("Đã tiếp nhận, chờ xử lý");
		assertAccessible();
	}

	@Test
	void aDossierGoesFromTheCounterThroughTheSpecialistAndTheChairmanBackToTheCitizen() {
		this.clock.set("2026-12-01T08:30:00+07:00");

		// the commune's desk receives a marital-status certificate at the counter
		signIn("motcua.phuluong");
		open("/quan-tri/ho-so/tiep-nhan?procedure=1.004873");
		type("fullName", "Hà Thị Quyên");
		type("idNumber", "019195004321");
		type("phone", "0986 112 233");
		type("address", "xóm Đồng Tâm, xã Phú Lương, tỉnh Thái Nguyên");
		assertThat(find("content").getText()).contains("Ngày hẹn trả kết quả nếu tiếp nhận bây giờ: 17:00 04/12/2026");
		press(this.browser.findElement(By.cssSelector("#content form[method=post] button.btn-primary")));
		until(ExpectedConditions.urlMatches("/quan-tri/ho-so/000\\.41\\.20\\.H55-261201-\\d{4}$"));
		String code = this.browser.getCurrentUrl().replaceAll(".*/", "");
		assertAccessible();
		act(code, "COMPLETE_STEP", "Chuyển thẩm định");

		// the head of office gives the appraisal to the specialist, who finds it among his own work
		signIn("truongphong.phuluong");
		open("/quan-tri/ho-so/" + code);
		new Select(find("assignee")).selectByValue("chuyenvien.phuluong");
		act(code, "ASSIGN", "Phân công");
		signIn("chuyenvien.phuluong");
		open("/quan-tri/ho-so?queue=MY_STEPS");
		assertThat(this.browser.findElement(By.linkText(code)).isDisplayed()).isTrue();
		act(code, "COMPLETE_STEP", "Trình ký");

		// the chairman signs; the desk hands the result over
		signIn("chutich.phuluong");
		act(code, "COMPLETE_STEP", "Ký duyệt");
		signIn("motcua.phuluong");
		act(code, "COMPLETE_STEP", "Hoàn thành, có kết quả để trả");
		act(code, "RETURN_RESULT", "Trả kết quả");

		// the citizen looks it up with the code from the receipt and the phone's last digits
		this.browser.manage().deleteAllCookies();
		open("/tra-cuu-ho-so");
		type("ma", " " + code.toLowerCase(java.util.Locale.ROOT) + " ");
		type("phone", "2233");
		find("lookup").click();
		assertThat(find("dossier-code").getText()).isEqualTo(code);
		assertThat(find("dossier-status").getText()).isEqualTo("Đã trả kết quả");
		assertAccessible();
	}

	@Test
	void aCommuneFillsItsParSelfAssessmentWithEvidenceTheCommitteeAdjustsALeafAndTheRankingIsCharted() throws Exception {
		this.clock.set("2026-12-02T09:00:00+07:00");
		signIn("truongphong.hopthanh");
		open("/quan-tri/chi-so-cchc");
		press(until(ExpectedConditions.elementToBeClickable(By.cssSelector("#par-sets a[href*='/don-vi/05632']"))));
		until(ExpectedConditions.urlContains("/don-vi/05632"));
		String page = this.browser.getCurrentUrl();
		assertAccessible();
		new Select(find("score-1.1")).selectByIndex(1);
		type("score-1.3", "3,5");
		find("save").click();
		awaitFlash("Đã lưu điểm.");

		Path evidence = this.files.resolve("bao-cao-cchc-quy-4.pdf");
		Files.writeString(evidence, "%PDF-1.4\n% báo cáo CCHC quý IV\n%%EOF\n");
		new Select(find("evidence-code")).selectByValue("1.3");
		find("evidence-file").sendKeys(evidence.toString());
		find("attach").click();
		awaitFlash("Đã đính kèm");
		assertThat(find("leaf-1.3").getText()).contains(evidence.getFileName().toString());
		find("submit").click();
		this.browser.switchTo().alert().accept();
		until(ExpectedConditions.textToBe(By.id("status"), "Đã gửi"));
		assertThat(this.browser.findElements(By.id("save"))).as("read-only once submitted").isEmpty();

		signIn("caicach.thainguyen");
		open(page.replaceAll("^https?://[^/]+", ""));
		type("appraise-1.3", "3");
		find("save").click();
		awaitFlash("Đã lưu điểm.");
		assertThat(find("leaf-1.3").findElement(By.id("appraise-1.3")).getAttribute("value")).isEqualTo("3");
		open(page.replaceAll("^https?://[^/]+", "").replaceAll("/don-vi/.*", ""));
		until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#par-ranking-chart canvas")));
		assertThat(find("par-results").getText()).contains("Xã Hợp Thành");
	}

	@Test
	void aLeaderAssignsAConclusionTheCommuneReportsProgressWithAFileAndTheOverviewShowsIt() throws Exception {
		this.clock.set("2026-12-02T09:00:00+07:00");
		signIn("lanhdao.thainguyen");
		open("/quan-tri/cuoc-hop");
		press(this.browser.findElement(By.linkText("Hội nghị Ban Chỉ đạo cải cách hành chính tỉnh quý I/2026")));
		press(until(ExpectedConditions.elementToBeClickable(By.cssSelector("#conclusion-2 a"))));
		until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-form")));
		assertAccessible();
		String title = "Đối thoại với thanh niên về dịch vụ công trực tuyến";
		type("title", title);
		new Select(find("leadUnit")).selectByValue("05611");
		type("leadOfficial", "xa.phuluong");
		type("workingDays", "10");
		press(find("assign"));
		assertThat(until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText())
			.isEqualTo("Đã giao nhiệm vụ.");
		assertThat(find("due").getText()).isEqualTo("16/12/2026");
		String task = this.browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");

		signIn("xa.phuluong");
		open(task);
		find("percent").clear();
		type("percent", "50");
		type("note", "Đã thống nhất thời gian, địa điểm với Đoàn Thanh niên xã");
		Path minutes = this.files.resolve("ke-hoach-doi-thoai.pdf");
		Files.writeString(minutes, "%PDF-1.4\n% kế hoạch đối thoại\n%%EOF\n");
		find("file").sendKeys(minutes.toString());
		press(find("send-progress"));
		assertThat(until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText())
			.isEqualTo("Đã gửi báo cáo tiến độ.");
		assertThat(find("history").getText()).contains("Báo cáo tiến độ: 50 %", minutes.getFileName().toString());
		assertAccessible();

		signIn("lanhdao.thainguyen");
		open("/quan-tri/nhiem-vu/tong-hop");
		until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overview-chart canvas")));
		assertThat(find("overview").getText()).contains("Tỉnh Thái Nguyên", "Xã Phú Lương", "Xã Vô Tranh");
		press(find("unit-05611").findElement(By.cssSelector("a[href*='status=IN_PROGRESS']")));
		until(ExpectedConditions.urlContains("status=IN_PROGRESS"));
		assertThat(find("tasks").getText()).contains(title);
	}

	/**
	 * Waits for {@code condition}. While a click's next page replaces the current one, Chromium may answer
	 * «does not belong to the document» (not a stale element) for an element of the page going: that is
	 * «not yet», like a stale element.
	 */
	private <T> T until(Function<WebDriver, T> condition) {
		return this.wait.until(driver -> {
			try {
				return condition.apply(driver);
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return null;
				}
				throw ex;
			}
		});
	}

	/** Clicks after scrolling the element to the middle of the window at once. */
	private void press(WebElement element) {
		scrollToMiddle(element);
		element.click();
	}

	private void scrollToMiddle(WebElement element) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
	}

	/** Signs in at the officials' login page as a seeded account of the demo, after signing out whoever was. */
	private void signIn(String username) {
		this.browser.manage().deleteAllCookies();
		this.browser.get("http://localhost:" + this.port + "/dang-nhap");
		type("username", username);
		type("password", PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		until(ExpectedConditions.urlContains("/quan-tri"));
	}

	/**
	 * Waits for the success message that starts with {@code text}: the previous page's message may still be
	 * showing (or go stale) while the next page loads, so it is looked up afresh until its text matches.
	 */
	private void awaitFlash(String text) {
		until(ExpectedConditions.textMatches(By.cssSelector(".alert-success"),
				Pattern.compile("^" + Pattern.quote(text))));
	}

	/** On the dossier's page, presses the button of {@code action}, which must read {@code label}, and waits for the outcome. */
	private void act(String code, String action, String label) {
		if (!this.browser.getCurrentUrl().endsWith("/quan-tri/ho-so/" + code)) {
			open("/quan-tri/ho-so/" + code);
		}
		WebElement button = until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("button[name=action][value=" + action + "]")));
		assertThat(button.getText()).isEqualTo(label);
		press(button);
		// gone: stale, or (Chromium, while the next page replaces this one) «does not belong to the document»
		until(driver -> {
			try {
				button.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
		assertThat(this.browser.findElements(By.cssSelector(".alert-danger"))).as("no failure after %s", label).isEmpty();
		assertAccessible();
	}

	@Test
	void thePublicPagesAreAccessibleAndFitAPhone() {
		this.clock.set("2026-12-02T09:00:00+07:00");
		for (String page : List.of("/", "/tin-tuc", "/tin-tuc/hoi-nghi-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2017", "/binh-chon",
				"/thu-tuc", "/thu-tuc?q=khai+sinh", "/tra-cuu-ho-so", "/phan-anh",
				"/phan-anh/da-tra-loi", "/cong-khai-ket-qua", "/chi-so-cai-cach-hanh-chinh", "/lich-lam-viec", "/dang-nhap", "/cong-dan/dang-nhap",
				"/cong-dan/dang-ky", "/khong-co-trang-nay", "/gioi-thieu", "/gioi-thieu/chuc-nang-nhiem-vu", "/lanh-dao", "/lien-he",
				"/don-vi/05641", "/don-vi/168", "/tim-kiem?q=khai+sinh")) {
			open(page);
		}
		assertThat(find("main").getAttribute("id")).isEqualTo("main");
		assertThat(this.browser.findElement(By.cssSelector(".skip-link")).getAttribute("href")).endsWith("#main");
		open("/thu-tuc");
		assertThat(this.browser.findElement(By.cssSelector("#site-nav a[aria-current=page]")).getText())
			.isEqualTo("Thủ tục hành chính");

		this.browser.manage().window().setSize(new Dimension(375, 800));
		for (String page : List.of("/", "/tin-tuc", "/tin-tuc/hoi-nghi-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2017", "/thu-tuc",
				"/thu-tuc/1.001193", "/tra-cuu-ho-so", "/phan-anh", "/cong-khai-ket-qua",
				"/lich-lam-viec", "/cong-dan/dang-nhap", "/khong-co-trang-nay", "/gioi-thieu", "/don-vi/05641", "/tim-kiem?q=ho+tich")) {
			open(page);
			Number overflow = (Number) ((JavascriptExecutor) this.browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow.intValue()).as("sideways scrolling on a phone at %s", page).isLessThanOrEqualTo(0);
		}
		WebElement menu = find("site-nav");
		assertThat(menu.isDisplayed()).isFalse();
		find("nav-toggle").click();
		until(ExpectedConditions.visibilityOf(menu));
		assertThat(find("nav-toggle").getAttribute("aria-expanded")).isEqualTo("true");
		assertAccessible();
	}

	@Test
	void aReaderVotesOnTheHomePageReadsAnArticleAndFindsItUseful() {
		this.clock.set("2026-12-02T09:00:00+07:00");
		open("/");
		WebElement poll = find("home-poll");
		press(poll.findElement(By.cssSelector("input[name=option]")));
		press(poll.findElement(By.cssSelector("button")));
		until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-poll-message]"), "Cảm ơn"));
		assertThat(find("home-poll").getText()).contains("%");
		press(this.browser.findElement(By.cssSelector("#top-news ~ article h3 a")));
		until(ExpectedConditions.presenceOfElementLocated(By.id("article")));
		assertAccessible();
		press(this.browser.findElement(By.cssSelector("[data-useful=true]")));
		until(ExpectedConditions.visibilityOfElementLocated(By.id("useful-thanks")));
		assertThat(this.browser.findElement(By.cssSelector("[data-useful=false]")).isEnabled()).isFalse();
		assertAccessible();
	}

	@Test
	void thePortalEditorsPagesAreAccessible() {
		this.clock.set("2026-12-02T09:00:00+07:00");
		open("/dang-nhap");
		signIn("bientap.thainguyen");
		for (String page : List.of("/quan-tri/tin-bai", "/quan-tri/tin-bai/moi", "/quan-tri/thu-vien", "/quan-tri/binh-chon",
				"/quan-tri/trang-thong-tin")) {
			open(page);
		}
	}

	@Test
	void theBackOfficePagesAreAccessible() {
		this.clock.set("2026-12-02T09:00:00+07:00");
		open("/dang-nhap");
		signIn("xa.phuluong");
		for (String page : List.of("/quan-tri", "/quan-tri/ho-so", "/quan-tri/ho-so/tiep-nhan", "/quan-tri/ho-so/truc-tuyen",
				"/quan-tri/thu-tuc", "/quan-tri/phan-anh", "/quan-tri/thong-ke", "/quan-tri/thong-ke/chi-so-phuc-vu",
				"/quan-tri/thong-ke/danh-gia", "/quan-tri/thong-bao", "/quan-tri/doi-mat-khau", "/quan-tri/nhiem-vu",
				"/quan-tri/nhiem-vu/tong-hop", "/quan-tri/cuoc-hop", "/quan-tri/ke-hoach", "/quan-tri/bao-cao-dinh-ky")) {
			open(page);
		}
		open("/quan-tri/thong-ke/chi-so-phuc-vu");
		assertThat(this.browser.findElement(By.cssSelector("nav.list-group [aria-current=page]")).getText())
			.isEqualTo("Thống kê, báo cáo");
	}

}
