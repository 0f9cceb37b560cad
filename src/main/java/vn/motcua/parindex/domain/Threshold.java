package vn.motcua.parindex.domain;

/** From a computed figure of {@code atLeast} percent, the leaf gets {@code points}. */
public record Threshold(double atLeast, double points) {
}
