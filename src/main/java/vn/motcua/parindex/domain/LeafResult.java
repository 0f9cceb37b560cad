package vn.motcua.parindex.domain;

import org.jspecify.annotations.Nullable;

/** A leaf's figure (computed leaves), self points and final points, each {@literal null} when none. */
public record LeafResult(Criterion leaf, @Nullable Double figure, @Nullable Double self,
		@Nullable Double points) {

	/** @return whether the leaf's maximum counts: absent are survey and computed leaves without points. */
	public boolean present() {
		Method method = this.leaf.method();
		return this.points != null || (method != Method.SURVEY && method != Method.COMPUTED);
	}

}
