package dev.nova.bench;

import dev.nova.media.adapter.out.storage.PostPolicySigner;
import dev.nova.pipeline.ImageFacts;
import dev.nova.pipeline.ImageInspector;
import dev.nova.pipeline.ImageVariants;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

/**
 * What media's work costs on this machine, in process:
 * <ul>
 *   <li>the pipeline's image step on a 12 MP JPEG (4000 x 3000, photo-like noise so that it weighs what a phone's
 *       photo does): the header inspection, then decoding, turning, the three variants and the blurhash;</li>
 *   <li>the heap the image step takes at its peak;</li>
 *   <li>presigning an upload: a PUT with signed size, type and SHA-256 (the SDK's presigner), and a browser's POST
 *       policy (Nova's signer).</li>
 * </ul>
 * {@code ./mvnw -q package -DskipTests && java -Xmx1g -cp bench/target/nova-bench.jar dev.nova.bench.MediaBench
 * [--images 10] [--presigns 20000]}
 */
public final class MediaBench {

    private MediaBench() {
    }

    public static void main(String[] args) throws Exception {
        int images = intArg(args, "--images", 10);
        int presigns = intArg(args, "--presigns", 20_000);
        byte[] photo = photo(4000, 3000);
        System.out.printf("12 MP JPEG: %,d bytes%n", photo.length);

        for (int i = 0; i < 3; i++) {
            ImageVariants.make(photo, ImageInspector.inspect(photo, "image/jpeg"));
        }
        long[] inspect = new long[images];
        long[] variants = new long[images];
        long peak = 0;
        for (int i = 0; i < images; i++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            ImageFacts facts = ImageInspector.inspect(photo, "image/jpeg");
            long inspected = System.nanoTime();
            ImageVariants.Made made = ImageVariants.make(photo, facts);
            long done = System.nanoTime();
            inspect[i] = inspected - start;
            variants[i] = done - inspected;
            peak = Math.max(peak, heapPeak());
            if (made.variants().size() != 3) {
                throw new IllegalStateException("expected three variants");
            }
        }
        System.out.printf("inspect (header only), median: %.2f ms%n", median(inspect) / 1e6);
        System.out.printf("decode + orient + 3 variants + blurhash, median: %.0f ms (min %.0f, max %.0f)%n",
                median(variants) / 1e6, Arrays.stream(variants).min().orElse(0) / 1e6,
                Arrays.stream(variants).max().orElse(0) / 1e6);
        System.out.printf("heap at the peak of an image step: %.0f MB%n", peak / 1e6);

        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        try (S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1).credentialsProvider(credentials)
                .build()) {
            PutObjectRequest put = PutObjectRequest.builder().bucket("nova-uploads").key("uploads/a/b")
                    .contentType("image/jpeg").contentLength(482_133L)
                    .checksumSHA256("n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=").build();
            long[] puts = time(presigns, () -> presigner.presignPutObject(request -> request
                    .signatureDuration(Duration.ofMinutes(15)).putObjectRequest(put)));
            System.out.printf("presign a PUT (SDK), median: %.1f µs%n", median(puts) / 1e3);
        }
        PostPolicySigner posts = new PostPolicySigner(credentials, Region.US_EAST_1, Clock.systemUTC());
        long[] policies = time(presigns, () -> posts.sign("https://nova-uploads.s3.amazonaws.com/", "nova-uploads",
                "uploads/a/b", "image/jpeg", 482_133L, "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=",
                Duration.ofMinutes(15)));
        System.out.printf("sign a POST policy (Nova), median: %.1f µs%n", median(policies) / 1e3);
    }

    /** A JPEG of noise over gradients: it compresses like a photo, not like a flat test card. */
    private static byte[] photo(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width + random.nextInt(48)) & 0xFF;
                int g = (y * 255 / height + random.nextInt(48)) & 0xFF;
                int b = ((x + y) * 127 / (width + height) + random.nextInt(48)) & 0xFF;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static long[] time(int runs, Runnable work) {
        for (int i = 0; i < runs / 4; i++) {
            work.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
