package vn.motcua.portal.domain;

import org.junit.jupiter.api.Test;
import vn.motcua.TestActor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.portal.domain.ArticleAction.APPROVE;
import static vn.motcua.portal.domain.ArticleAction.PUBLISH;
import static vn.motcua.portal.domain.ArticleAction.RETURN;
import static vn.motcua.portal.domain.ArticleAction.SUBMIT;
import static vn.motcua.portal.domain.ArticleAction.UNPUBLISH;
import static vn.motcua.portal.domain.ArticleStatus.APPROVED;
import static vn.motcua.portal.domain.ArticleStatus.DRAFT;
import static vn.motcua.portal.domain.ArticleStatus.PUBLISHED;
import static vn.motcua.portal.domain.ArticleStatus.RETURNED;
import static vn.motcua.portal.domain.ArticleStatus.SUBMITTED;
import static vn.motcua.portal.domain.ArticleStatus.UNPUBLISHED;

/** The editorial workflow, who may move it, web addresses without diacritics, and what a body may hold. */
class ArticlesUnitTests {

	private static void refused(ArticleStatus status, ArticleAction action) {
		assertThatThrownBy(() -> status.after(action)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("article-action-not-allowed"));
	}

	@Test
	void nothingIsPublicWithoutApproval() {
		assertThat(DRAFT.after(SUBMIT)).isEqualTo(SUBMITTED);
		assertThat(RETURNED.after(SUBMIT)).isEqualTo(SUBMITTED);
		assertThat(SUBMITTED.after(APPROVE)).isEqualTo(APPROVED);
		assertThat(SUBMITTED.after(RETURN)).isEqualTo(RETURNED);
		assertThat(APPROVED.after(RETURN)).isEqualTo(RETURNED);
		assertThat(APPROVED.after(PUBLISH)).isEqualTo(PUBLISHED);
		assertThat(PUBLISHED.after(UNPUBLISH)).isEqualTo(UNPUBLISHED);
		assertThat(UNPUBLISHED.after(PUBLISH)).isEqualTo(PUBLISHED);
		refused(DRAFT, PUBLISH);
		refused(SUBMITTED, PUBLISH);
		refused(DRAFT, APPROVE);
		refused(PUBLISHED, SUBMIT);
		refused(DRAFT, UNPUBLISH);
		refused(DRAFT, RETURN);
		refused(APPROVED, APPROVE);
		assertThat(ArticleStatus.values()).filteredOn(ArticleStatus::editable).containsExactly(DRAFT, RETURNED);
	}

	@Test
	void writersSubmitOnlyEditorsDoTheRest() {
		var writer = TestActor.of("w", null, Role.PORTAL_WRITER);
		var editor = TestActor.of("e", null, Role.PORTAL_EDITOR);
		var other = TestActor.of("o", null, Role.LEADER);
		assertThat(ArticleAction.values()).filteredOn(a -> a.allowedTo(writer)).containsExactly(SUBMIT);
		assertThat(ArticleAction.values()).filteredOn(a -> a.allowedTo(editor)).containsExactly(ArticleAction.values());
		assertThat(ArticleAction.values()).filteredOn(a -> a.allowedTo(other)).isEmpty();
	}

	@Test
	void slugsHaveNoDiacriticsAndStayShort() {
		assertThat(Slugs.of("Hội nghị công bố chỉ số cải cách hành chính 2017"))
			.isEqualTo("hoi-nghi-cong-bo-chi-so-cai-cach-hanh-chinh-2017");
		assertThat(Slugs.of("  Đường dây nóng: 0208.3.855.xxx!  ")).isEqualTo("duong-day-nong-0208-3-855-xxx");
		assertThat(Slugs.of("«»!")).isEqualTo("bai-viet");
		String long_ = Slugs.of("Tiêu đề rất dài ".repeat(10));
		assertThat(long_.length()).isLessThanOrEqualTo(Slugs.MAX);
		assertThat(long_).doesNotEndWith("-").startsWith("tieu-de-rat-dai");
		assertThat(Slugs.numbered("tin", 1)).isEqualTo("tin");
		assertThat(Slugs.numbered("tin", 2)).isEqualTo("tin-2");
		assertThat(ArticleCategory.of("cai-cach-hanh-chinh")).contains(ArticleCategory.REFORM);
		assertThat(ArticleCategory.of("directives")).contains(ArticleCategory.DIRECTIVES);
		assertThat(ArticleCategory.of("khac")).isEmpty();
		assertThat(ArticleCategory.values()).extracting(ArticleCategory::path)
			.containsExactly("tin-hoat-dong", "cai-cach-hanh-chinh", "chi-dao-dieu-hanh", "thong-bao");
	}

	@Test
	void aBodyKeepsFormattingAndLosesScriptsHandlersAndJavascriptLinks() {
		String clean = ArticleHtml.sanitise("""
				<p style="x" onclick="a()">Xin <b>chào</b> <a href="javascript:alert(1)">x</a> <a href="/tin-tuc">y</a></p>
				<script>alert(2)</script><img src="data:image/png;base64,AAA" onerror="b()"><figure><img src="/a.jpg" alt="A">
				<figcaption>Ảnh</figcaption></figure><iframe src="https://x"></iframe>""");
		assertThat(clean).contains("<b>chào</b>", "href=\"/tin-tuc\"", "<figcaption>Ảnh</figcaption>", "src=\"/a.jpg\"")
			.doesNotContain("script", "onclick", "onerror", "javascript", "data:", "iframe", "style");
		assertThat(ArticleHtml.text("<p>Một <b>hai</b></p>")).isEqualTo("Một hai");
	}

}
