package vn.motcua.portal.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Demo profile: a leader's portrait as a silhouette (no real face), and the portal's banner. */
final class DemoPortraits {

	private DemoPortraits() {
	}

	/** @return a 480×600 silhouette on the red backdrop of official portraits. */
	static byte[] portrait(boolean woman) {
		BufferedImage image = new BufferedImage(480, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image);
		g.setPaint(new GradientPaint(0, 0, new Color(0xB3, 0x26, 0x26), 0, 600, new Color(0x7A, 0x12, 0x12)));
		g.fillRect(0, 0, 480, 600);
		g.setColor(new Color(0x24, 0x2C, 0x3A));
		g.fillRoundRect(60, 380, 360, 300, 160, 160); // shoulders
		g.setColor(Color.WHITE);
		g.fillPolygon(new int[] { 200, 240, 280 }, new int[] { 385, 470, 385 }, 3); // collar
		g.setColor(new Color(0xE0, 0xB8, 0x96));
		g.fillRoundRect(200, 320, 80, 80, 30, 30); // neck
		g.fillOval(150, 140, 180, 220); // face
		g.setColor(new Color(0x1E, 0x16, 0x12));
		g.fillArc(140, 110, 200, 150, 0, 180); // hair
		if (woman) {
			g.fillRoundRect(140, 170, 40, 170, 30, 30);
			g.fillRoundRect(300, 170, 40, 170, 30, 30);
		}
		return png(image, g);
	}

	/** @return a 1200×300 banner: «Nộp hồ sơ trực tuyến — không phải đến trụ sở». */
	static byte[] banner() {
		BufferedImage image = new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image);
		g.setPaint(new GradientPaint(0, 0, new Color(0x0A, 0x4D, 0x8C), 1200, 0, new Color(0x1B, 0x7F, 0xC4)));
		g.fillRect(0, 0, 1200, 300);
		g.setColor(new Color(0xF6, 0xC7, 0x44));
		g.fillOval(930, 40, 220, 220);
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
		g.drawString("NỘP HỒ SƠ TRỰC TUYẾN", 60, 140);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
		g.drawString("Không phải đến trụ sở · theo dõi kết quả tại nhà", 60, 210);
		return png(image, g);
	}

	private static Graphics2D start(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		return g;
	}

	/** @return the picture drawn with {@code g} (then disposed of) as PNG. */
	static byte[] png(BufferedImage image, Graphics2D g) {
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
