package vn.motcua.parindex.domain;

/** A band of the index (Tốt, Khá, …; or the ministry's A, B, …) from {@code minPercent} up. */
public record Band(String name, double minPercent) {
}
