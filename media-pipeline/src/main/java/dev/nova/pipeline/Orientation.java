package dev.nova.pipeline;

/** Portrait, square or landscape, as a feed shows it: within 5 % of square is square (1080x1080, 1080x1100). */
public final class Orientation {

    private Orientation() {
    }

    public static String of(int width, int height) {
        double ratio = (double) width / height;
        if (ratio < 0.95) {
            return "PORTRAIT";
        }
        return ratio > 1.05 ? "LANDSCAPE" : "SQUARE";
    }
}
