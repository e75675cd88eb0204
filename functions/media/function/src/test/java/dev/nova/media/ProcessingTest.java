package dev.nova.media;

import dev.nova.kernel.Caller;
import dev.nova.kernel.Ids;
import dev.nova.media.api.AssetRequest;
import dev.nova.media.api.AssetView;
import dev.nova.media.api.CreateUploadRequest;
import dev.nova.media.api.MediaApi;
import dev.nova.media.api.UploadTicket;
import dev.nova.media.api.VariantView;
import dev.nova.media.application.Processing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The pipeline on an uploaded image, fed {@code MediaUploaded} as its queue delivers it: the variants are made and
 * stored and the asset is READY, or it is FAILED with the reason; a redelivery changes nothing.
 */
class ProcessingTest {

    @RegisterExtension
    static final MediaFixture media = new MediaFixture();

    @Test
    void anUploadedPhotoBecomesReadyWithVariantsAndABlurhash() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        AssetView uploaded = upload(owner, "image/jpeg", jpeg(2400, 1600));

        assertThat(media.deliverUploaded(uploaded)).isTrue();
        AssetView ready = media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(uploaded.id()));

        assertThat(ready.status()).isEqualTo("READY");
        assertThat(ready.progress()).isEqualTo(100);
        assertThat(ready.width()).isEqualTo(2400);
        assertThat(ready.orientation()).isEqualTo("LANDSCAPE");
        assertThat(ready.blurhash()).hasSize(28);
        assertThat(ready.variants()).extracting(VariantView::name, VariantView::width, VariantView::height)
                .containsExactly(tuple("w1080", 1080, 720),
                        tuple("w640", 640, 427),
                        tuple("w320", 320, 213));
        assertThat(ready.variants()).allSatisfy(variant ->
                assertThat(media.served(Processing.variantKey(ready.id(), variant.name()))).isTrue());
        assertThat(media.count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'MediaReady'",
                ready.id().toString())).isEqualTo(1);

        assertThat(media.deliverUploaded(uploaded)).as("a redelivery is consumed").isTrue();
        assertThat(media.count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'MediaReady'",
                ready.id().toString())).as("and changes nothing").isEqualTo(1);
    }

    @Test
    void bytesThatAreNotWhatWasDeclaredFailWithTheReason() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        AssetView uploaded = upload(owner, "image/png", jpeg(300, 300));

        media.deliverUploaded(uploaded);
        AssetView failed = media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(uploaded.id()));

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failureReason()).isEqualTo("the file is a JPEG, not a PNG as it was sent");
        assertThat(failed.variants()).isEmpty();
        assertThat(media.count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'MediaFailed'",
                failed.id().toString())).isEqualTo(1);
    }

    private static AssetView upload(Caller owner, String declared, byte[] bytes) throws Exception {
        UploadTicket ticket = media.call(MediaApi.CREATE_UPLOAD, owner, new CreateUploadRequest("IMAGE", declared,
                bytes.length, UploadsTest.sha256(bytes)));
        assertThat(media.send(ticket.upload(), bytes)).isEqualTo(200);
        return media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(ticket.asset().id()));
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 120, 40));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
