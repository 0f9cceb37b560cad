package vn.motcua.identity.officials;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.OfficialView;

/**
 * A newly registered official.
 *
 * @param temporaryPassword the generated password to hand over, {@literal null} when the
 * administrator chose it.
 */
public record Registered(OfficialView official, @Nullable String temporaryPassword) {
}
