package vn.motcua.portal.settings;

import org.jspecify.annotations.Nullable;

/**
 * What the portal says about itself in its header and footer.
 *
 * @param authorityName e.g. «Ủy ban nhân dân huyện Phú Lương».
 * @param portalName e.g. «Cổng thông tin điện tử huyện Phú Lương».
 * @param responsiblePerson «Chịu trách nhiệm chính» in the footer.
 * @param license the licence line of the electronic portal, if any.
 * @param version for optimistic locking of edits.
 */
public record SiteSettings(String authorityName, String portalName, @Nullable String address, @Nullable String phone,
		@Nullable String email, @Nullable String responsiblePerson, @Nullable String license, long version) {
}
