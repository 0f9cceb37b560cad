/**
 * The public portal: home page and site settings, the authority's news with its editorial workflow
 * (Decree 42/2022/NĐ-CP), RSS and the sitemap, the procedure search, the dossier lookup and rating,
 * a poll, the feedback and petitions register (Decree 20/2008); media and links come with their issue.
 *
 * <h2>API</h2>
 * <p>{@code FeedbackFigures}: a unit's feedback answered by its deadline over a period, which the PAR
 * Index's computed criteria score. Otherwise its contract is the events below.
 *
 * <h2>Events published</h2>
 * <p>By the {@code Feedback} aggregate's transitions: {@link vn.motcua.portal.FeedbackReceived},
 * {@link vn.motcua.portal.FeedbackClassified}, {@link vn.motcua.portal.FeedbackForwarded},
 * {@link vn.motcua.portal.FeedbackAnswered}. No module listens to them yet.
 *
 * <h2>Events consumed</h2>
 * <p>None stored; the plain notices {@code catalogue.CatalogueChanged} and
 * {@code organization.OrganizationChanged} forget the kept public pages. The portal implements {@code monitoring}'s {@code OverdueItems} (kind {@code FEEDBACK}):
 * feedback past its deadline joins the heads' daily reminder.
 *
 * <h2>Tables owned</h2>
 * <p>{@code portal_site_settings} (one row), {@code portal_feedback}, {@code portal_feedback_sequence}
 * (register numbers, one row a year), {@code portal_feedback_attachment}, {@code portal_article},
 * {@code portal_article_version}, {@code portal_article_event}, {@code portal_poll},
 * {@code portal_poll_option}, {@code portal_poll_vote}.
 *
 * <h2>Read contracts consumed</h2>
 * <p>{@code CatalogueManagement} (the public search, a procedure in force) and {@code SampleForms};
 * {@code OrganizationManagement} (units, agencies, an official's scope); {@code CalendarManagement}
 * (deadlines by a unit's calendar); {@code DossierLookup}, and {@code CitizenDossiers} for the
 * rating of a returned dossier.
 *
 * <h2>Inside</h2>
 * <p>{@code domain} (the {@code Feedback} aggregate, its deadlines and register numbers, where a
 * procedure is filed; the article's workflow, body and address), {@code news} (the desk, the public
 * pages, feeds), {@code polls} (voting, and the editors' desk), {@code feedback}, {@code procedures} (public search), {@code lookup} (dossier lookup,
 * throttled), {@code settings}, {@code home}, {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal (Cổng thông tin)",
		allowedDependencies = { "shared", "organization", "calendar", "catalogue", "dossier", "monitoring" })
@org.jspecify.annotations.NullMarked
package vn.motcua.portal;
