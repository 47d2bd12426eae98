package vn.laichau.par.application.indicator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import vn.laichau.par.domain.model.plan.ParIndexResult;

/**
 * Draws the PAR INDEX history as a PNG line chart (score per year, rank written under each point) with
 * java.awt alone, which works headless: what the bot's {@code /chiso} sends, as a file or by a download link.
 */
public final class ParIndexChart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;
    private static final int MARGIN = 60;

    /** One year's result. */
    public record Point(int year, BigDecimal score, String rank) {
    }

    private ParIndexChart() {
    }

    /**
     * The history shown: of the first province in alphabetical order among {@code all} results (the bot's own
     * province when only its results are kept), oldest year first; empty when there are none.
     */
    public static List<ParIndexResult> shownHistory(List<ParIndexResult> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<ParIndexResult> sorted = all.stream().sorted(Comparator.comparing(ParIndexResult::province)
                .thenComparing(ParIndexResult::year)).toList();
        String province = sorted.get(0).province();
        return sorted.stream().filter(r -> r.province().equals(province)).toList();
    }

    /** The chart of one province's history (oldest first). */
    public static byte[] png(List<ParIndexResult> history) {
        String province = history.isEmpty() ? "" : history.get(0).province();
        return png("PAR INDEX " + province, history.stream()
                .map(r -> new Point(r.year(), r.score(), r.rankText())).toList());
    }

    public static byte[] png(String title, List<Point> points) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(40, 40, 40));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString(title, MARGIN, 32);
            drawAxes(g);
            if (!points.isEmpty()) {
                drawSeries(g, points);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawAxes(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int score = 0; score <= 100; score += 20) {
            int y = y(score);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.valueOf(score), MARGIN - 30, y + 4);
        }
        g.drawLine(MARGIN, y(0), WIDTH - MARGIN, y(0));
        g.drawLine(MARGIN, y(0), MARGIN, y(100));
    }

    private static void drawSeries(Graphics2D g, List<Point> points) {
        int n = points.size();
        int plotWidth = WIDTH - 2 * MARGIN;
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = MARGIN + (n == 1 ? plotWidth / 2 : 20 + i * (plotWidth - 40) / (n - 1));
            ys[i] = y(points.get(i).score().doubleValue());
        }
        g.setColor(new Color(0, 102, 204));
        g.setStroke(new BasicStroke(3f));
        g.drawPolyline(xs, ys, n);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            g.setColor(new Color(0, 102, 204));
            g.fillOval(xs[i] - 5, ys[i] - 5, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(p.score().toPlainString(), xs[i] - 14, ys[i] - 10);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.valueOf(p.year()), xs[i] - 14, y(0) + 18);
            g.drawString(p.rank(), xs[i] - 14, y(0) + 34);
        }
    }

    private static int y(double score) {
        return HEIGHT - MARGIN - (int) Math.round(score * (HEIGHT - 2 * MARGIN - 30) / 100.0);
    }
}
