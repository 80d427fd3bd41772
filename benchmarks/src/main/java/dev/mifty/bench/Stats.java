package dev.mifty.bench;

import java.util.Arrays;

/** Medians and the figures' formatting. */
final class Stats {

    private Stats() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String all(double[] values) {
        StringBuilder out = new StringBuilder();
        for (double v : values) {
            out.append(out.length() == 0 ? "" : " ").append(String.format("%.0f", v));
        }
        return out.toString();
    }

    /** The machine's one-minute load average when a figure was taken (the machine is shared). */
    static String load() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format("load %.2f on %d cores", load, Runtime.getRuntime().availableProcessors());
    }
}
