package vn.motcua.portal.domain;

/**
 * The size of a picture and of its renditions: a rendition keeps the proportions and is never
 * larger than the original.
 */
public record ImageSize(int width, int height) {

	/** Width of the picture shown in an article or a page. */
	public static final int LARGE = 1200;

	/** Width of the thumbnail shown in lists. */
	public static final int THUMB = 400;

	public ImageSize {
		if (width < 1 || height < 1) {
			throw new IllegalArgumentException("an image has at least one pixel each way");
		}
	}

	/** @return this size scaled down to at most {@code maxWidth} wide, at least one pixel high. */
	public ImageSize within(int maxWidth) {
		if (this.width <= maxWidth) {
			return this;
		}
		return new ImageSize(maxWidth, Math.max(1, Math.round((float) this.height * maxWidth / this.width)));
	}

}
