package dev.nova.pipeline;

import java.awt.image.BufferedImage;

/**
 * The BlurHash of an image (https://github.com/woltapp/blurhash, its algorithm as published): a few DCT components
 * of the image in linear light, quantized into a 20 to 30 character base 83 string the app draws as a blurred
 * placeholder while the real image loads. Written here because it is forty lines and no library of it is pinned.
 */
public final class Blurhash {

    private static final String BASE83 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

    private Blurhash() {
    }

    /** The hash with {@code x} by {@code y} components (1 to 9 each); 4 x 3 suits photos. */
    public static String encode(BufferedImage image, int x, int y) {
        int width = image.getWidth();
        int height = image.getHeight();
        double[][] factors = new double[x * y][3];
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        for (int j = 0; j < y; j++) {
            for (int i = 0; i < x; i++) {
                double normalisation = i == 0 && j == 0 ? 1 : 2;
                double r = 0;
                double g = 0;
                double b = 0;
                for (int py = 0; py < height; py++) {
                    double cy = Math.cos(Math.PI * j * py / height);
                    for (int px = 0; px < width; px++) {
                        double basis = normalisation * Math.cos(Math.PI * i * px / width) * cy;
                        int rgb = pixels[py * width + px];
                        r += basis * toLinear((rgb >> 16) & 0xFF);
                        g += basis * toLinear((rgb >> 8) & 0xFF);
                        b += basis * toLinear(rgb & 0xFF);
                    }
                }
                double scale = 1.0 / (width * height);
                factors[j * x + i] = new double[] {r * scale, g * scale, b * scale};
            }
        }
        StringBuilder hash = new StringBuilder();
        base83(hash, (x - 1) + (y - 1) * 9, 1);
        double maximum = 0;
        for (int k = 1; k < factors.length; k++) {
            for (double value : factors[k]) {
                maximum = Math.max(maximum, Math.abs(value));
            }
        }
        int quantisedMaximum = factors.length > 1 ? (int) Math.max(0, Math.min(82, Math.floor(maximum * 166 - 0.5)))
                : 0;
        double acMaximum = factors.length > 1 ? (quantisedMaximum + 1) / 166.0 : 1;
        base83(hash, quantisedMaximum, 1);
        double[] dc = factors[0];
        base83(hash, (toSrgb(dc[0]) << 16) + (toSrgb(dc[1]) << 8) + toSrgb(dc[2]), 4);
        for (int k = 1; k < factors.length; k++) {
            double[] ac = factors[k];
            base83(hash, quantise(ac[0], acMaximum) * 19 * 19 + quantise(ac[1], acMaximum) * 19
                    + quantise(ac[2], acMaximum), 2);
        }
        return hash.toString();
    }

    /** The average colour a hash's DC component holds, as 0xRRGGBB (what the placeholder is filled with). */
    public static int averageColor(String hash) {
        int value = 0;
        for (char c : hash.substring(2, 6).toCharArray()) {
            value = value * 83 + BASE83.indexOf(c);
        }
        return value;
    }

    private static int quantise(double value, double maximum) {
        return (int) Math.max(0, Math.min(18, Math.floor(signPow(value / maximum, 0.5) * 9 + 9.5)));
    }

    private static double signPow(double value, double exponent) {
        return Math.copySign(Math.pow(Math.abs(value), exponent), value);
    }

    private static double toLinear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int toSrgb(double linear) {
        double v = Math.max(0, Math.min(1, linear));
        return (int) Math.round(v <= 0.0031308 ? v * 12.92 * 255 : (1.055 * Math.pow(v, 1 / 2.4) - 0.055) * 255);
    }

    private static void base83(StringBuilder out, int value, int length) {
        for (int i = 1; i <= length; i++) {
            int digit = (value / (int) Math.pow(83, length - i)) % 83;
            out.append(BASE83.charAt(digit));
        }
    }
}
