package quod.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import quod.compute.output.ComputeOutput;
import quod.compute.output.Numbers;
import quod.html.Html;

/**
 * Draws a line plot as a figure: the lines in an SVG that stretches to the width it gets, and every
 * text (title, legend, tick and axis labels) in HTML around it, so text keeps the page's size however
 * narrow the plot, and labels can hold formulas (TeX between dollar signs, see {@link PlotLabel}). The
 * legend stands above the plot area and so covers no data. The SVG is the figure's accessible image: its
 * {@code <title>} and a {@code <desc>} listing each series and its range; the visible texts are hidden from
 * screen readers, which would otherwise read every tick. Colours come from the theme's CSS variables with
 * fixed fallbacks, and every number is written in {@link Locale#ROOT}, so the same data gives the same bytes.
 * The classes are the theme's contract ({@code templates/assets/quod.css}).
 */
final class PlotFigure {
    /** The SVG's own units; it is stretched to the plot area (preserveAspectRatio="none"). */
    static final int WIDTH = 1000;
    static final int HEIGHT = 600;
    /** Above this many x ticks, every other label hides on a narrow plot (the theme's container query). */
    private static final int X_LABELS_ON_A_PHONE = 6;
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2"};

    private final Numbers numbers = new Numbers(4);
    private final UnaryOperator<String> labelHtml;

    /** @param labelHtml a label's HTML, its formulas rendered (see {@link PlotLabel#html}) */
    PlotFigure(UnaryOperator<String> labelHtml) {
        this.labelHtml = labelHtml;
    }

    /** @param id the figure's id and the prefix of its SVG's ids, unique on the page */
    String render(ComputeOutput.Plot plot, String id) {
        double[] x = plot.x() != null ? array(plot.x()) : indexVector(plot.points());
        List<double[]> ys = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ComputeOutput.Series s : plot.series()) {
            double[] y = array(s.y());
            ys.add(y);
            lo = Math.min(lo, min(y));
            hi = Math.max(hi, max(y));
        }
        PlotAxis xAxis = PlotAxis.linear(min(x), max(x));
        PlotAxis yAxis = plot.logY() ? PlotAxis.log(lo, hi) : PlotAxis.linear(lo, hi);
        StringBuilder s = new StringBuilder(4096);
        s.append("<figure class=\"plot\" id=\"").append(id).append("\">\n");
        if (plot.title() != null) {
            s.append("<div class=\"plot-title\" aria-hidden=\"true\">").append(labelHtml.apply(plot.title())).append("</div>\n");
        }
        if (plot.legend()) {
            legend(s, plot);
        }
        s.append("<div class=\"plot-body\">\n");
        if (plot.yLabel() != null) {
            s.append("<div class=\"plot-ylabel\" aria-hidden=\"true\">").append(labelHtml.apply(plot.yLabel())).append("</div>\n");
        }
        yTicks(s, yAxis);
        s.append("<div class=\"plot-area\">");
        svg(s, plot, id, x, ys, xAxis, yAxis);
        s.append("</div>\n");
        xTicks(s, xAxis);
        if (plot.xLabel() != null) {
            s.append("<div class=\"plot-xlabel\" aria-hidden=\"true\">").append(labelHtml.apply(plot.xLabel())).append("</div>\n");
        }
        return s.append("</div>\n</figure>").toString();
    }

    private void svg(StringBuilder s, ComputeOutput.Plot plot, String id, double[] x, List<double[]> ys,
                     PlotAxis xAxis, PlotAxis yAxis) {
        String title = plot.title() != null ? plain(plot.title())
                : "Plot of " + String.join(", ", plot.series().stream().map(z -> plain(z.name())).toList());
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot-lines\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" preserveAspectRatio=\"none\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">\n");
        s.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>\n");
        s.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(describe(plot, x))).append("</desc>\n");
        // Grid lines rather than tick marks: a mark's length would stretch with the SVG, a line's width does not.
        StringBuilder grid = new StringBuilder();
        for (double t : xAxis.ticks()) {
            grid.append('M').append(f(xAxis.tickFraction(t) * WIDTH)).append(" 0V").append(HEIGHT);
        }
        for (double t : yAxis.ticks()) {
            grid.append('M').append("0 ").append(f(HEIGHT - yAxis.tickFraction(t) * HEIGHT)).append('H').append(WIDTH);
        }
        s.append("<path class=\"plot-grid\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.18\" stroke-width=\"1\""
                + " vector-effect=\"non-scaling-stroke\" d=\"").append(grid).append("\"/>\n");
        s.append("<path class=\"plot-axes\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1\""
                + " vector-effect=\"non-scaling-stroke\" d=\"M0 0V").append(HEIGHT).append('H').append(WIDTH).append("\"/>\n");
        for (int k = 0; k < ys.size(); k++) {
            int c = k % PALETTE.length;
            double[] y = ys.get(k);
            s.append("<polyline class=\"plot-series plot-series-").append(c + 1).append("\" fill=\"none\"").append(stroke(c))
                    .append(" stroke-width=\"2\" vector-effect=\"non-scaling-stroke\" points=\"");
            for (int i = 0; i < y.length; i++) {
                if (i > 0) {
                    s.append(' ');
                }
                s.append(f(xAxis.fraction(x[i]) * WIDTH)).append(',').append(f(HEIGHT - yAxis.fraction(y[i]) * HEIGHT));
            }
            s.append("\"/>\n");
        }
        s.append("</svg>");
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

    /** Above the plot area, one entry per series: a sample of its line and its name. */
    private void legend(StringBuilder s, ComputeOutput.Plot plot) {
        s.append("<ul class=\"plot-legend\" aria-hidden=\"true\">\n");
        for (int k = 0; k < plot.series().size(); k++) {
            int c = k % PALETTE.length;
            s.append("<li><svg class=\"plot-key\" viewBox=\"0 0 28 8\" width=\"28\" height=\"8\"><path").append(stroke(c))
                    .append(" stroke-width=\"2\" d=\"M0 4H28\"/></svg>").append(labelHtml.apply(plot.series().get(k).name()))
                    .append("</li>\n");
        }
        s.append("</ul>\n");
    }

    /** The y ticks' labels, each at its height as a percentage of the plot area's. */
    private static void yTicks(StringBuilder s, PlotAxis axis) {
        s.append("<div class=\"plot-yticks\" aria-hidden=\"true\">");
        List<String> labels = axis.labels();
        for (int i = 0; i < labels.size(); i++) {
            s.append("<span style=\"top: ").append(f(100 - 100 * axis.tickFraction(axis.ticks()[i]))).append("%\">")
                    .append(labels.get(i)).append("</span>");
        }
        s.append("</div>\n");
    }

    /** The x ticks' labels; with many ticks, every other one is marked to hide where the plot is narrow. */
    private static void xTicks(StringBuilder s, PlotAxis axis) {
        s.append("<div class=\"plot-xticks\" aria-hidden=\"true\">");
        List<String> labels = axis.labels();
        boolean thin = labels.size() > X_LABELS_ON_A_PHONE;
        for (int i = 0; i < labels.size(); i++) {
            s.append("<span").append(thin && i % 2 == 1 ? " class=\"plot-tick-minor\"" : "").append(" style=\"left: ")
                    .append(f(100 * axis.tickFraction(axis.ticks()[i]))).append("%\">").append(labels.get(i)).append("</span>");
        }
        s.append("</div>\n");
    }

    private String describe(ComputeOutput.Plot p, double[] x) {
        StringBuilder d = new StringBuilder("Line plot of ").append(p.series().size()).append(" series over ")
                .append(p.xLabel() != null ? plain(p.xLabel()) : "index").append(" from ").append(numbers.plain(min(x), null))
                .append(" to ").append(numbers.plain(max(x), null)).append(p.logY() ? ", logarithmic y axis" : "").append(": ");
        List<String> parts = new ArrayList<>();
        for (ComputeOutput.Series s : p.series()) {
            double[] y = array(s.y());
            parts.add(plain(s.name()) + " from " + numbers.plain(min(y), null) + " to " + numbers.plain(max(y), null));
        }
        return d.append(String.join("; ", parts)).append('.').toString();
    }

    private static String plain(String label) {
        return PlotLabel.parse(label).plain();
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
}
