package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The one-stop desk that received a dossier for another, competent agency — regardless of
 * administrative boundary (Decree 118/2025/NĐ-CP Art. 7, 14): it issues the receipt, transfers the
 * dossier (electronically at once, the paper set by {@code paperDueAt}: the same day, or the next
 * working morning when received after 15:00 — Decree 61/2018/NĐ-CP Art. 18) and returns the result.
 */
public record Desk(UUID agencyId, String agencyCode, UUID unitId, Instant paperDueAt) {
}
