package dev.nova.pipeline;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/**
 * Images as the pipeline takes them: the bytes say what they are, the header says how big before anything is
 * decoded, and the served variants are turned the right way up, never upscaled, and carry no metadata (GPS above
 * all).
 */
class ImagesTest {

    @Test
    void aTwelveMegapixelPhotoTurnedByExifWithGpsBecomesVariantsWithoutAnyMetadata() throws Exception {
        BufferedImage landscape = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = landscape.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 4000, 3000);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 800, 800);  // top-left as stored: top-right once turned a quarter clockwise
        g.dispose();
        byte[] photo = withExif(jpeg(landscape), 6);
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo))
                .getFirstDirectoryOfType(GpsDirectory.class)).as("the upload carries GPS").isNotNull();

        ImageFacts facts = ImageInspector.inspect(photo, "image/jpeg");
        ImageVariants.Made made = ImageVariants.make(photo, facts);

        assertThat(facts).isEqualTo(new ImageFacts("image/jpeg", 4000, 3000, 6));
        assertThat(facts.orientation()).isEqualTo("PORTRAIT");
        assertThat(made.variants()).extracting(ImageVariants.Variant::width).containsExactly(1080, 640, 320);
        assertThat(made.variants()).extracting(ImageVariants.Variant::height).containsExactly(1440, 853, 427);
        for (ImageVariants.Variant variant : made.variants()) {
            Metadata served = ImageMetadataReader.readMetadata(new ByteArrayInputStream(variant.jpeg()));
            assertThat(served.getFirstDirectoryOfType(GpsDirectory.class)).as(variant.name()).isNull();
            assertThat(served.getFirstDirectoryOfType(ExifIFD0Directory.class)).as(variant.name()).isNull();
            BufferedImage shown = ImageIO.read(new ByteArrayInputStream(variant.jpeg()));
            assertThat(new Color(shown.getRGB(shown.getWidth() - 5, 5)).getRed()).as("red at the top right")
                    .isGreaterThan(200);
            assertThat(new Color(shown.getRGB(5, 5)).getBlue()).as("blue at the top left").isGreaterThan(200);
        }
        assertThat(made.blurhash()).hasSize(28);
    }

    @Test
    void theBytesNotTheDeclaredTypeSayWhatAFileIs() {
        byte[] photo = jpeg(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB));
        byte[] noise = new byte[4096];
        ThreadLocalRandom.current().nextBytes(noise);

        assertThatThrownBy(() -> ImageInspector.inspect(photo, "image/png")).isInstanceOf(Refusal.class)
                .hasMessage("the file is a JPEG, not a PNG as it was sent");
        assertThatThrownBy(() -> ImageInspector.inspect(noise, "image/jpeg")).isInstanceOf(Refusal.class)
                .hasMessage("the file is not a JPEG, PNG or WebP image");
        assertThat(ImageInspector.inspect(png(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB)), "image/png"))
                .isEqualTo(new ImageFacts("image/png", 30, 20, 1));
    }

    @Test
    void aPixelFloodIsRefusedFromItsHeaderBeforeAnythingIsDecoded() {
        byte[] flood = pngHeaderOnly(30_000, 30_000);

        assertThatThrownBy(() -> ImageInspector.inspect(flood, "image/png")).isInstanceOf(Refusal.class)
                .hasMessageContaining("30000 x 30000 pixels");
    }

    @Test
    void aTruncatedImageIsRefusedNotHalfServed() {
        byte[] whole = jpeg(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB));
        byte[] truncated = Arrays.copyOf(whole, 300);

        assertThatThrownBy(() -> ImageVariants.make(truncated, ImageInspector.inspect(truncated, "image/jpeg")))
                .isInstanceOf(Refusal.class).hasMessageContaining("damaged");
    }

    @Test
    void aSmallImageIsNeverUpscaledAndItsBlurhashHoldsItsColour() {
        BufferedImage small = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setColor(new Color(0x33, 0x99, 0xCC));
        g.fillRect(0, 0, 200, 100);
        g.dispose();
        byte[] bytes = png(small);

        ImageVariants.Made made = ImageVariants.make(bytes, ImageInspector.inspect(bytes, "image/png"));

        assertThat(made.variants()).extracting(ImageVariants.Variant::width).containsExactly(200);
        int average = Blurhash.averageColor(made.blurhash());
        assertThat((average >> 16) & 0xFF).isCloseTo(0x33, offset(3));
        assertThat((average >> 8) & 0xFF).isCloseTo(0x99, offset(3));
        assertThat(average & 0xFF).isCloseTo(0xCC, offset(3));
        assertThat(Orientation.of(1080, 1100)).isEqualTo("SQUARE");
        assertThat(Orientation.of(1920, 1080)).isEqualTo("LANDSCAPE");
    }

    static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of a signature, an IHDR claiming {@code width} x {@code height}, and an end: no pixels at all. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * The JPEG with an EXIF segment after its JFIF one: orientation {@code orientation}, and a GPS position (a
     * latitude of 52° 31' N), as a phone writes them.
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(92);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.putInt(52).putInt(1).putInt(31).putInt(1).putInt(0).putInt(1);
        byte[] exif = ByteBuffer.allocate(6 + 92).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1});
        out.writeBytes(ByteBuffer.allocate(2).putShort((short) (exif.length + 2)).array());
        out.writeBytes(exif);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }
}
