package vn.motcua.portal.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import vn.motcua.portal.domain.ImageSize;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * Decoding an uploaded picture (its size read first, so a small file claiming a huge picture is
 * refused before it is decoded) and drawing its renditions as JPEG.
 */
final class Images {

	/** The most pixels a picture may have: a 50-megapixel camera's. */
	static final long MAX_PIXELS = 50_000_000L;

	private Images() {
	}

	/** @throws DomainException {@code media-image-unreadable}, {@code media-image-too-large}. */
	static BufferedImage decode(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (in == null || !readers.hasNext()) {
				throw new DomainException(Kind.INVALID, "media-image-unreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new DomainException(Kind.INVALID, "media-image-too-large");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw new DomainException(Kind.INVALID, "media-image-unreadable");
		}
	}

	/** @return the picture drawn at {@code size} on white (no transparency in a JPEG), quality 0.85. */
	static byte[] jpeg(BufferedImage image, ImageSize size) {
		BufferedImage source = image;
		while (source.getWidth() / 2 >= size.width()) { // halve first: one big step blurs badly
			source = draw(source, new ImageSize(source.getWidth() / 2, Math.max(1, source.getHeight() / 2)));
		}
		BufferedImage target = draw(source, size);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(target, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static BufferedImage draw(BufferedImage source, ImageSize size) {
		BufferedImage target = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(source, 0, 0, size.width(), size.height(), Color.WHITE, null);
		g.dispose();
		return target;
	}

}
