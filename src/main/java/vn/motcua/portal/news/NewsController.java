package vn.motcua.portal.news;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.portal.domain.ArticleCategory;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/** The portal's news for everyone: the list (all, or a category) and an article with related ones. */
@Controller
class NewsController {

	private final NewsReader news;

	private final ArticlePages pages;

	NewsController(NewsReader news, ArticlePages pages) {
		this.news = news;
		this.pages = pages;
	}

	@GetMapping("/tin-tuc")
	String list(@RequestParam(name = "chuyen-muc", required = false) @Nullable String category,
			@RequestParam(name = "trang", defaultValue = "0") int page, Model model) {
		ArticleCategory c = category == null || category.isBlank() ? null : ArticleCategory.of(category).orElse(null);
		List<Article> articles = this.news.page(c, page, NewsReader.PAGE + 1);
		model.addAttribute("category", c);
		model.addAttribute("categories", ArticleCategory.values());
		model.addAttribute("articles", articles.stream().limit(NewsReader.PAGE).toList());
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("more", articles.size() > NewsReader.PAGE);
		return "public/news";
	}

	@GetMapping("/tin-tuc/{slug:[a-z0-9-]+}")
	String article(@PathVariable String slug, Model model) {
		ArticlePages.Page page = this.pages.read(slug).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "article-not-found", slug));
		model.addAttribute("a", page.article());
		model.addAttribute("related", page.related());
		return "public/article";
	}

}
