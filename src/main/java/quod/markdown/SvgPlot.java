package quod.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import quod.compute.output.ComputeOutput;
import quod.compute.output.Numbers;
import quod.html.Html;

/**
 * Draws a line plot as a small, self-contained SVG: it scales with its container (a viewBox, no
 * fixed size), takes its colours from CSS variables with fallbacks and {@code currentColor}, is
 * labelled for screen readers by {@code <title>} and a {@code <desc>} listing each series and its
 * range, and writes every coordinate with one decimal in {@link Locale#ROOT}, so the same data
 * always gives the same bytes.
 */
final class SvgPlot {
    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    private static final double LEFT = 70;
    private static final double RIGHT = 620;
    private static final double TOP = 40;
    private static final double BOTTOM = 345;
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    /** What to draw, with the y values of each series as an array. */
    private record Plot(String id, String title, String xLabel, String yLabel, boolean logY, List<Series> series,
                        boolean legend) { }

    private record Series(String name, double[] y) { }

    private final Numbers numbers = new Numbers(4);

    /**
     * @param id prefix of the SVG's element ids, unique on the page
     */
    String render(ComputeOutput.Plot plot, String id) {
        List<Series> series = new ArrayList<>();
        for (ComputeOutput.Series s : plot.series()) {
            series.add(new Series(s.name(), array(s.y())));
        }
        Plot p = new Plot(id, plot.title(), plot.xLabel(), plot.yLabel(), plot.logY(), series, plot.legend());
        double[] x = plot.x() != null ? array(plot.x()) : indexVector(plot.points());
        Axis xAxis = Axis.linear(min(x), max(x));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : p.series()) {
            lo = Math.min(lo, min(s.y()));
            hi = Math.max(hi, max(s.y()));
        }
        Axis yAxis = p.logY() ? Axis.log(lo, hi) : Axis.linear(lo, hi);
        String title = p.title() != null ? p.title() : "Plot of " + String.join(", ", names(p));
        StringBuilder s = new StringBuilder(2048);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(p.id()).append("-title ").append(p.id())
                .append("-desc\" font-family=\"sans-serif\" font-size=\"12\" fill=\"currentColor\">\n");
        s.append("<title id=\"").append(p.id()).append("-title\">").append(Html.escape(title)).append("</title>\n");
        s.append("<desc id=\"").append(p.id()).append("-desc\">").append(Html.escape(describe(p, x))).append("</desc>\n");
        if (p.title() != null) {
            s.append("<text class=\"quod-plot-title\" x=\"").append(WIDTH / 2).append("\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">")
                    .append(Html.escape(p.title())).append("</text>\n");
        }
        axes(s, xAxis, yAxis);
        for (int k = 0; k < p.series().size(); k++) {
            series(s, k, x, p.series().get(k).y(), xAxis, yAxis);
        }
        if (p.legend()) {
            legend(s, p);
        }
        if (p.xLabel() != null) {
            s.append("<text class=\"quod-plot-label\" x=\"").append(f((LEFT + RIGHT) / 2)).append("\" y=\"390\" text-anchor=\"middle\">")
                    .append(Html.escape(p.xLabel())).append("</text>\n");
        }
        if (p.yLabel() != null) {
            s.append("<text class=\"quod-plot-label\" transform=\"translate(16 ").append(f((TOP + BOTTOM) / 2))
                    .append(") rotate(-90)\" text-anchor=\"middle\">").append(Html.escape(p.yLabel())).append("</text>\n");
        }
        return s.append("</svg>").toString();
    }

    private void axes(StringBuilder s, Axis xAxis, Axis yAxis) {
        s.append("<g class=\"quod-plot-axes\" stroke=\"currentColor\" stroke-width=\"1\">\n");
        s.append("<path fill=\"none\" d=\"M").append(f(LEFT)).append(' ').append(f(TOP)).append("V").append(f(BOTTOM))
                .append("H").append(f(RIGHT)).append("\"/>\n");
        StringBuilder grid = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (double t : xAxis.ticks()) {
            double px = LEFT + xAxis.tickFraction(t) * (RIGHT - LEFT);
            grid.append("M").append(f(px)).append(' ').append(f(BOTTOM)).append("v5");
            labels.append("<text x=\"").append(f(px)).append("\" y=\"").append(f(BOTTOM + 18))
                    .append("\" text-anchor=\"middle\">").append(tickLabel(t, false)).append("</text>\n");
        }
        for (double t : yAxis.ticks()) {
            double py = BOTTOM - yAxis.tickFraction(t) * (BOTTOM - TOP);
            grid.append("M").append(f(LEFT - 5)).append(' ').append(f(py)).append("H").append(f(LEFT));
            labels.append("<text x=\"").append(f(LEFT - 8)).append("\" y=\"").append(f(py + 4))
                    .append("\" text-anchor=\"end\">").append(tickLabel(t, yAxis.log())).append("</text>\n");
        }
        s.append("<path fill=\"none\" d=\"").append(grid).append("\"/>\n</g>\n");
        s.append("<g class=\"quod-plot-ticks\">\n").append(labels).append("</g>\n");
    }

    private void series(StringBuilder s, int k, double[] x, double[] y, Axis xAxis, Axis yAxis) {
        int c = k % PALETTE.length;
        s.append("<polyline class=\"quod-plot-series quod-plot-series-").append(c + 1).append("\" fill=\"none\"")
                .append(stroke(c)).append(" stroke-width=\"1.5\" points=\"");
        for (int i = 0; i < y.length; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(f(LEFT + xAxis.fraction(x[i]) * (RIGHT - LEFT))).append(',')
                    .append(f(BOTTOM - yAxis.fraction(y[i]) * (BOTTOM - TOP)));
        }
        s.append("\"/>\n");
    }

    /**
     * A series' colour: the theme's {@code --plot-N} through CSS (var() is only reliable in style, not
     * in presentation attributes), the fixed palette as the attribute for renderers without CSS, and a
     * dash pattern so series stay apart in black-and-white print and for colour-blind readers.
     */
    private static String stroke(int c) {
        String dash = DASHES[c % DASHES.length];
        return " stroke=\"" + PALETTE[c] + "\" style=\"stroke: var(--plot-" + (c + 1) + ", " + PALETTE[c] + ")\""
                + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2"};

    private void legend(StringBuilder s, Plot p) {
        s.append("<g class=\"quod-plot-legend\">\n");
        for (int k = 0; k < p.series().size(); k++) {
            int c = k % PALETTE.length;
            double y = TOP + 12 + 16 * k;
            s.append("<path").append(stroke(c)).append(" stroke-width=\"2\" d=\"M")
                    .append(f(RIGHT - 150)).append(' ').append(f(y - 4)).append("h20\"/><text x=\"").append(f(RIGHT - 124))
                    .append("\" y=\"").append(f(y)).append("\">").append(Html.escape(p.series().get(k).name())).append("</text>\n");
        }
        s.append("</g>\n");
    }

    private String describe(Plot p, double[] x) {
        StringBuilder d = new StringBuilder("Line plot of ").append(p.series().size())
                .append(p.series().size() == 1 ? " series" : " series").append(" over ")
                .append(p.xLabel() != null ? p.xLabel() : "index").append(" from ").append(numbers.plain(min(x), null))
                .append(" to ").append(numbers.plain(max(x), null)).append(p.logY() ? ", logarithmic y axis" : "").append(": ");
        List<String> parts = new ArrayList<>();
        for (Series s : p.series()) {
            parts.add(s.name() + " from " + numbers.plain(min(s.y()), null) + " to " + numbers.plain(max(s.y()), null));
        }
        return d.append(String.join("; ", parts)).append('.').toString();
    }

    private String tickLabel(double t, boolean log) {
        return Html.escape(numbers.plain(log ? Math.pow(10, t) : t, null));
    }

    private static List<String> names(Plot p) {
        return p.series().stream().map(Series::name).toList();
    }

    private static String f(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.equals("-0.0") ? "0.0" : s;
    }

    private static double[] array(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }

    private static double[] indexVector(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }

    /** An axis from {@code lo} to {@code hi} (log10 of the data for a log axis) with its tick positions. */
    private record Axis(double lo, double hi, double[] ticks, boolean log) {
        static Axis linear(double min, double max) {
            if (min == max) {
                double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
                min -= pad;
                max += pad;
            }
            double step = niceStep((max - min) / 5);
            double lo = Math.floor(min / step) * step;
            double hi = Math.ceil(max / step) * step;
            int count = (int) Math.round((hi - lo) / step) + 1;
            double[] ticks = new double[count];
            for (int i = 0; i < count; i++) {
                // Multiplying, not accumulating, keeps tick values like 0.3 free of drift.
                ticks[i] = lo + i * step;
            }
            return new Axis(lo, hi, ticks, false);
        }

        static Axis log(double min, double max) {
            double lo = Math.floor(Math.log10(min));
            double hi = Math.ceil(Math.log10(max));
            if (hi == lo) {
                hi = lo + 1;
            }
            int every = (int) Math.max(1, Math.ceil((hi - lo) / 8));
            int count = (int) ((hi - lo) / every) + 1;
            double[] ticks = new double[count];
            for (int i = 0; i < count; i++) {
                ticks[i] = lo + i * every;
            }
            return new Axis(lo, hi, ticks, true);
        }

        /** Position of a data value, 0 at the low end and 1 at the high end. */
        double fraction(double v) {
            return tickFraction(log ? Math.log10(v) : v);
        }

        /** Position of a tick, which for a log axis is already an exponent. */
        double tickFraction(double t) {
            return (t - lo) / (hi - lo);
        }

        private static double niceStep(double raw) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double r = raw / magnitude;
            double nice = r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10;
            return nice * magnitude;
        }
    }
}
