package vn.motcua.parindex.domain;

/** One of the levels a {@link Method#CHOICE} leaf offers, with its points. */
public record Level(String label, double points) {
}
