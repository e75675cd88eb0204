package dev.nova.pipeline;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Reads what an image is from its bytes, not from what the client declared: the magic number says the type, the
 * header says the dimensions (nothing is decoded, so a decompression bomb costs nothing here), and a flood of pixels
 * is refused before anyone decodes it.
 */
public final class ImageInspector {

    /** 50 megapixels: a 12 MP phone photo and a 48 MP one pass; 30,000 x 30,000 does not. */
    public static final long MAX_PIXELS = 50_000_000L;
    /** The longest side taken, however thin the image. */
    public static final int MAX_SIDE = 12_000;

    private ImageInspector() {
    }

    /** The facts of {@code bytes}, declared as {@code declaredType}; a {@link Refusal} for anything else. */
    public static ImageFacts inspect(byte[] bytes, String declaredType) {
        String detected = MagicNumbers.imageType(bytes)
                .orElseThrow(() -> new Refusal("the file is not a JPEG, PNG or WebP image"));
        if (!detected.equals(declaredType)) {
            throw new Refusal("the file is " + MagicNumbers.name(detected) + ", not " + MagicNumbers.name(declaredType)
                    + " as it was sent");
        }
        int[] size = dimensions(bytes);
        if (size[0] < 1 || size[1] < 1) {
            throw new Refusal("the image has no pixels");
        }
        if ((long) size[0] * size[1] > MAX_PIXELS || size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new Refusal("the image is " + size[0] + " x " + size[1] + " pixels: at most "
                    + MAX_PIXELS / 1_000_000 + " megapixels and " + MAX_SIDE + " pixels a side");
        }
        return new ImageFacts(detected, size[0], size[1], exifOrientation(bytes));
    }

    /** Width and height from the header, through the ImageIO reader of the type, without reading any pixel. */
    private static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refusal("the image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw new Refusal("the image is damaged: its header cannot be read");
        }
    }

    /** EXIF's orientation, 1 when the image has none. */
    private static int exifOrientation(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
        } catch (ImageProcessingException | IOException | MetadataException e) {
            return 1;
        }
    }
}
