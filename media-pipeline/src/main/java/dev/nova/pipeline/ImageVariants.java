package dev.nova.pipeline;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An image's served forms: decoded once at a reduced resolution (subsampled while reading, so a 48 MP photo never
 * takes 48 MP of memory), turned as its EXIF orientation says, and written as JPEGs 1080, 640 and 320 pixels wide
 * (never wider than the source) with no metadata at all: GPS, camera and the rest stay behind. Plus the blurhash.
 */
public final class ImageVariants {

    /** The widths Instagram-class feeds ask for: full screen, grid, thumbnail. */
    public static final int[] WIDTHS = {1080, 640, 320};
    private static final float QUALITY = 0.82f;

    private ImageVariants() {
    }

    /** One served form. */
    public record Variant(String name, int width, int height, byte[] jpeg) {
    }

    /** The variants and blurhash of an inspected image. */
    public record Made(List<Variant> variants, String blurhash) {
    }

    public static Made make(byte[] bytes, ImageFacts facts) {
        BufferedImage shown = orient(decode(bytes, facts), facts.exifOrientation());
        List<Variant> variants = new ArrayList<>();
        for (int width : WIDTHS) {
            int target = Math.min(width, shown.getWidth());
            if (!variants.isEmpty() && variants.get(variants.size() - 1).width() == target) {
                continue;
            }
            BufferedImage scaled = scale(shown, target);
            variants.add(new Variant("w" + width, scaled.getWidth(), scaled.getHeight(), jpeg(scaled)));
        }
        return new Made(variants, Blurhash.encode(scale(shown, 32), 4, 3));
    }

    /** Decodes at the smallest subsampling that still leaves the largest variant's width. */
    private static BufferedImage decode(byte[] bytes, ImageFacts facts) {
        int needed = WIDTHS[0];
        int shownWidth = facts.shownWidth();
        int step = Math.max(1, shownWidth / needed);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                return toRgb(decoded);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refusal("the image is damaged: it cannot be decoded");
        }
    }

    /** Applies EXIF orientation 2 to 8, so that every variant is shown the right way up with no metadata. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5 && orientation <= 8;
        // (m00, m10, m01, m11, m02, m12): where the source's (x, y) lands, for each EXIF orientation.
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (t == null) {
            return image;
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    private static BufferedImage scale(BufferedImage image, int width) {
        if (image.getWidth() == width) {
            return image;
        }
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);  // transparency over white, as feeds show PNGs
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** A baseline JPEG with no metadata: ImageIO writes only what it is given, and it is given pixels. */
    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
