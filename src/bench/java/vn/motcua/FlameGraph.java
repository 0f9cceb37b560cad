package vn.motcua;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Draws a flame graph as a static SVG, upside down (an icicle: the threads on top, what they call below,
 * so the wide frames come first on a page; GitHub shows it inside BENCHMARKS.md, a frame's name, samples
 * and share its tooltip) from async-profiler's collapsed stacks ({@code collapsed,threads}): one line
 * per stack, frames separated by {@code ;}, then the samples. Thread names lose their numbers, so that
 * the 200 request threads of Tomcat draw as one. {@code bench/profile.sh} records and draws.
 *
 * <pre>java -cp target/test-classes vn.motcua.FlameGraph in.collapsed out.svg "title" [thread regex]</pre>
 */
public final class FlameGraph {

	private static final int WIDTH = 1200;

	private static final int ROW = 16;

	private static final int TOP = 40;

	/** Frames narrower than this many pixels are left out (with their children). */
	private static final double NARROWEST = 0.5;

	private FlameGraph() {
	}

	/** A frame: its samples and its callees by name. */
	static final class Frame {

		long samples;

		final Map<String, Frame> children = new HashMap<>();

		Frame child(String name) {
			return this.children.computeIfAbsent(name, n -> new Frame());
		}

		/** @return the rows drawn: frames of at least {@code samples} samples. */
		int depth(double samples) {
			return this.samples < samples ? 0
					: 1 + this.children.values().stream().mapToInt(c -> c.depth(samples)).max().orElse(0);
		}

	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: FlameGraph in.collapsed out.svg title [thread regex]");
			System.exit(2);
		}
		Pattern threads = Pattern.compile(args.length > 3 ? args[3] : ".*");
		Frame root = read(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8), threads);
		if (root.samples == 0) {
			System.err.println("no samples in " + args[0] + " (of the threads " + threads + ")");
			System.exit(1);
		}
		Files.writeString(Path.of(args[1]), svg(root, args[2]), StandardCharsets.UTF_8);
		System.out.printf("%s: %d samples%n", args[1], root.samples);
	}

	private static Frame read(List<String> lines, Pattern threads) {
		Frame root = new Frame();
		for (String line : lines) {
			int space = line.lastIndexOf(' ');
			if (space < 0) {
				continue;
			}
			long samples = Long.parseLong(line.substring(space + 1).trim());
			String[] frames = line.substring(0, space).split(";");
			if (frames[0].startsWith("[")) {
				frames[0] = frames[0].replaceAll(" tid=\\d+", "").replaceAll("\\d+", "N");
				if (!threads.matcher(frames[0]).find()) {
					continue;
				}
			}
			Frame frame = root;
			root.samples += samples;
			for (String name : frames) {
				frame = frame.child(name);
				frame.samples += samples;
			}
		}
		return root;
	}

	private static String svg(Frame root, String title) {
		double scale = (WIDTH - 20) / (double) Math.max(1, root.samples);
		int height = TOP + root.depth(NARROWEST / scale) * ROW + 10;
		StringBuilder out = new StringBuilder();
		out.append("""
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Verdana, sans-serif" font-size="11">
				<rect width="100%%" height="100%%" fill="#fdfdf6"/>
				<text x="%d" y="20" text-anchor="middle" font-size="15">%s</text>
				<text x="10" y="34" fill="#555">%,d samples, 1 ms each; a frame's width is its share of them, what it calls below it; hover for names</text>
				""".formatted(WIDTH, height, WIDTH, height, WIDTH / 2, escape(title), root.samples));
		draw(out, "all", root, root.samples, 10, TOP, scale);
		return out.append("</svg>\n").toString();
	}

	private static void draw(StringBuilder out, String name, Frame frame, long total, double x, double y, double scale) {
		double width = frame.samples * scale;
		if (width < NARROWEST) {
			return;
		}
		out.append("<g><title>%s (%,d samples, %.2f %%)</title><rect x=\"%.1f\" y=\"%.0f\" width=\"%.1f\" height=\"%d\" fill=\"%s\" rx=\"2\"/>"
			.formatted(escape(name), frame.samples, frame.samples * 100.0 / total, x, y, Math.max(0.1, width - 0.3), ROW - 1,
					color(name)));
		int fits = (int) ((width - 6) / 6.5);
		if (fits >= 3) {
			String label = shortName(name);
			label = label.length() <= fits ? label : label.substring(0, fits - 2) + "..";
			out.append("<text x=\"%.1f\" y=\"%.0f\">%s</text>".formatted(x + 3, y + ROW - 4, escape(label)));
		}
		out.append("</g>\n");
		double left = x;
		for (Map.Entry<String, Frame> child : sorted(frame)) {
			draw(out, child.getKey(), child.getValue(), total, left, y + ROW, scale);
			left += child.getValue().samples * scale;
		}
	}

	/** Callees by name, as flame graphs order them: the same call side by side in every graph. */
	private static List<Map.Entry<String, Frame>> sorted(Frame frame) {
		List<Map.Entry<String, Frame>> children = new ArrayList<>(frame.children.entrySet());
		children.sort(Map.Entry.comparingByKey());
		return children;
	}

	/** {@code org/springframework/web/servlet/DispatcherServlet.doDispatch} → {@code DispatcherServlet.doDispatch}. */
	private static String shortName(String name) {
		int paren = name.indexOf('(');
		String bare = paren > 0 ? name.substring(0, paren) : name;
		int slash = bare.lastIndexOf('/');
		return slash >= 0 && !bare.startsWith("[") ? bare.substring(slash + 1) : bare;
	}

	/** Java green, the kernel orange, native code red, threads grey; the shade from the name. */
	private static String color(String name) {
		int shade = Math.floorMod(name.hashCode(), 40);
		if (name.startsWith("[") || "all".equals(name)) {
			return "rgb(%d,%d,%d)".formatted(190 + shade / 2, 190 + shade / 2, 200 + shade / 2);
		}
		if (name.endsWith("_[k]")) {
			return "rgb(%d,%d,60)".formatted(215 + shade, 140 + shade);
		}
		if (name.contains("/") || name.endsWith("_[j]") || name.endsWith("_[i]") || name.endsWith("_[0]")
				|| name.endsWith("_[1]")) {
			return "rgb(%d,%d,%d)".formatted(80 + shade, 180 + shade, 80 + shade);
		}
		return "rgb(%d,%d,%d)".formatted(215 + shade, 90 + shade, 80 + shade);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
