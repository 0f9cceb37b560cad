package vn.motcua.portal.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Demo profile: illustrative pictures drawn for the demo articles — no photograph of a real person
 * or place — each marked «Ảnh minh họa».
 */
final class DemoPictures {

	static final int WIDTH = 1280;

	static final int HEIGHT = 720;

	private static final Color RED = new Color(0xA3, 0x1F, 0x1F);

	private static final Color GOLD = new Color(0xF5, 0xD7, 0x6E);

	private DemoPictures() {
	}

	/** @return the theme ({@code meeting, counter, training, village, ceremony, digital, field}) drawn as PNG. */
	static byte[] png(String theme) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Random random = new Random(theme.hashCode());
		switch (theme) {
			case "village", "field" -> outdoors(g, random, theme.equals("field"));
			default -> indoors(g, random, theme);
		}
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
		g.setColor(new Color(255, 255, 255, 200));
		g.drawString("Ảnh minh họa", WIDTH - 170, HEIGHT - 20);
		return DemoPortraits.png(image, g);
	}

	private static void indoors(Graphics2D g, Random random, String theme) {
		g.setPaint(new GradientPaint(0, 0, new Color(0xF3, 0xEE, 0xE4), 0, HEIGHT, new Color(0xC9, 0xBF, 0xAE)));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		boolean screen = theme.equals("training") || theme.equals("digital");
		g.setColor(screen ? new Color(0x1F, 0x4E, 0x79) : RED);
		g.fillRect(160, 60, WIDTH - 320, 170);
		g.setColor(screen ? Color.WHITE : GOLD);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 54));
		String title = switch (theme) {
			case "counter" -> "BỘ PHẬN MỘT CỬA";
			case "training" -> "TẬP HUẤN NGHIỆP VỤ";
			case "digital" -> "CHUYỂN ĐỔI SỐ";
			case "ceremony" -> "LỄ CÔNG BỐ";
			default -> "HỘI NGHỊ";
		};
		g.drawString(title, (WIDTH - g.getFontMetrics().stringWidth(title)) / 2, 165);
		g.setColor(new Color(0x7A, 0x4B, 0x2A));
		g.fillRect(120, 330, WIDTH - 240, 60); // the table or the counters
		g.setColor(new Color(0x5C, 0x38, 0x1F));
		for (int x = 120; theme.equals("counter") && x < WIDTH - 120; x += (WIDTH - 240) / 4) {
			g.fillRect(x, 300, 8, 90);
		}
		people(g, random, 430, 3, RED.darker());
	}

	private static void outdoors(Graphics2D g, Random random, boolean field) {
		g.setPaint(new GradientPaint(0, 0, new Color(0x9C, 0xCF, 0xF2), 0, 360, new Color(0xE8, 0xF4, 0xFB)));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(new Color(0x5E, 0x8C, 0x4A));
		for (int i = 0; i < 4; i++) {
			g.fillOval(-200 + i * 420, 240 - random.nextInt(60), 700, 260);
		}
		for (int y = 380; y < HEIGHT; y += 50) {
			g.setColor(y / 50 % 2 == 0 ? new Color(0x8D, 0xB8, 0x3F) : new Color(0x7A, 0xA6, 0x35));
			g.fillRect(0, y, WIDTH, 50);
		}
		for (int i = 0; !field && i < 5; i++) {
			int x = 80 + i * 240;
			g.setColor(new Color(0xEF, 0xE6, 0xD2));
			g.fillRect(x, 330, 150, 90);
			g.setColor(RED.darker());
			g.fillPolygon(new int[] { x - 20, x + 75, x + 170 }, new int[] { 335, 270, 335 }, 3);
		}
		people(g, random, field ? 470 : 520, 1, new Color(0x2F, 0x4F, 0x6F));
	}

	private static void people(Graphics2D g, Random random, int top, int rows, Color clothes) {
		for (int row = 0; row < rows; row++) {
			for (int x = 40 + random.nextInt(40); x < WIDTH - 40; x += 90 + random.nextInt(60)) {
				int y = top + row * 95 + random.nextInt(15);
				g.setColor(row % 2 == 0 ? clothes : Color.WHITE.darker());
				g.fillRoundRect(x - 32, y + 38, 64, 90, 30, 30);
				g.setColor(new Color(0x3A, 0x2A, 0x20));
				g.fillOval(x - 22, y, 44, 48);
			}
		}
	}

}
