package dev.nova.pipeline;

/**
 * What an image's header says, read before anything is decoded.
 *
 * @param contentType     what the bytes are ({@code image/jpeg}, {@code image/png}, {@code image/webp})
 * @param width           as stored
 * @param height          as stored
 * @param exifOrientation EXIF's 1 to 8 (1: as stored; 6 and 8: turned a quarter, so shown width and height swap)
 */
public record ImageFacts(String contentType, int width, int height, int exifOrientation) {

    /** The width the image is shown at, once its orientation is applied. */
    public int shownWidth() {
        return quarterTurned() ? height : width;
    }

    public int shownHeight() {
        return quarterTurned() ? width : height;
    }

    /** PORTRAIT, SQUARE or LANDSCAPE, as shown. */
    public String orientation() {
        return Orientation.of(shownWidth(), shownHeight());
    }

    private boolean quarterTurned() {
        return exifOrientation >= 5 && exifOrientation <= 8;
    }
}
