package dev.nova.media;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Ids;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import dev.nova.media.adapter.in.lambda.UploadNotifications;
import dev.nova.media.api.AssetIdsRequest;
import dev.nova.media.api.AssetRequest;
import dev.nova.media.api.AssetView;
import dev.nova.media.api.CreateUploadRequest;
import dev.nova.media.api.MediaApi;
import dev.nova.media.api.MultipartPlan;
import dev.nova.media.api.PartUrls;
import dev.nova.media.api.PartUrlsRequest;
import dev.nova.media.api.UploadTarget;
import dev.nova.media.api.UploadTicket;
import dev.nova.testing.TestS3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Uploads straight to the S3 stand-in, which checks signatures: the presigned PUT pins size, type and hash; the
 * owner completes, aborts or deletes; nobody else can; the same bytes are one asset; the day's bytes are bounded.
 */
class UploadsTest {

    @RegisterExtension
    static final MediaFixture media = new MediaFixture();

    @Test
    void aPresignedPutCarriesTheBytesAndCompletionMakesTheAssetUploaded() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        byte[] photo = bytes(40_000);

        UploadTicket ticket = media.call(MediaApi.CREATE_UPLOAD, owner, image(photo));
        assertThat(ticket.asset().status()).isEqualTo("PENDING_UPLOAD");
        assertThat(ticket.upload().method()).isEqualTo("PUT");
        assertThat(ticket.upload().expiresAt()).isBefore(Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(ticket.upload().headers()).containsEntry("content-type", "image/jpeg")
                .containsKey("x-amz-checksum-sha256");

        assertThat(media.send(ticket.upload(), photo)).isEqualTo(200);
        AssetView uploaded = media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(ticket.asset().id()));

        assertThat(uploaded.status()).isEqualTo("UPLOADED");
        assertThat(uploaded.byteSize()).isEqualTo(photo.length);
        assertThat(media.count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'MediaUploaded'",
                ticket.asset().id().toString())).isEqualTo(1);
        assertThat(media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(ticket.asset().id())))
                .as("completing again answers the asset as it is").isEqualTo(uploaded);
    }

    @Test
    void aLargeVideoGoesUpInPartsAndAnInterruptedPartIsSentAgainAlone() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        byte[] video = bytes(17 * 1024 * 1024);
        UploadTicket ticket = media.call(MediaApi.CREATE_UPLOAD, owner, new CreateUploadRequest("VIDEO", "video/mp4",
                video.length, sha256(video)));
        assertThat(ticket.upload()).isNull();
        assertThat(ticket.multipart()).isEqualTo(new MultipartPlan(8 * 1024 * 1024, 3));
        UUID asset = ticket.asset().id();

        PartUrls first = media.call(MediaApi.UPLOAD_PART_URLS, owner, new PartUrlsRequest(asset, List.of(1, 2, 3)));
        assertThat(media.send(first.parts().get(0).upload(), part(video, 1))).isEqualTo(200);
        byte[] cutShort = Arrays.copyOf(part(video, 2), 1024 * 1024);
        assertThat(media.attempt(first.parts().get(1).upload(), cutShort)).as("the connection dropped mid-part")
                .isNotEqualTo(200);
        assertThat(media.send(first.parts().get(2).upload(), part(video, 3))).isEqualTo(200);
        assertThat(catchThrowableOfType(() -> media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(asset)),
                DomainException.class).getMessage()).contains("parts 2 of 3 are still to send");

        PartUrls resumed = media.call(MediaApi.UPLOAD_PART_URLS, owner, new PartUrlsRequest(asset, List.of(2)));
        assertThat(resumed.uploadedParts()).extracting(PartUrls.UploadedPart::partNumber).containsExactly(1, 3);
        assertThat(media.send(resumed.parts().get(0).upload(), part(video, 2))).isEqualTo(200);
        AssetView uploaded = media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(asset));

        assertThat(uploaded.status()).isEqualTo("UPLOADED");
        assertThat(uploaded.byteSize()).isEqualTo(video.length);
        assertThat(code(() -> media.call(MediaApi.UPLOAD_PART_URLS, MediaFixture.as(Ids.newId()),
                new PartUrlsRequest(asset, List.of(1))))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void anAbortedMultipartUploadLeavesNoPartsBehind() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        byte[] video = bytes(17 * 1024 * 1024);
        UUID asset = media.call(MediaApi.CREATE_UPLOAD, owner, new CreateUploadRequest("VIDEO", "video/mp4",
                video.length, sha256(video))).asset().id();
        PartUrls urls = media.call(MediaApi.UPLOAD_PART_URLS, owner, new PartUrlsRequest(asset, List.of(1)));
        media.send(urls.parts().get(0).upload(), part(video, 1));

        media.call(MediaApi.ABORT_UPLOAD, owner, new AssetRequest(asset));

        assertThat(media.multipartUploads("uploads/" + owner.userId() + "/" + asset)).as("the parts are gone")
                .isEmpty();
        assertThat(field(() -> media.call(MediaApi.UPLOAD_PART_URLS, owner, new PartUrlsRequest(
                media.call(MediaApi.CREATE_UPLOAD, owner, image(bytes(50))).asset().id(), List.of(1)))))
                .as("a single-request upload has no parts").isEqualTo("mediaAssetId");
    }

    @Test
    void aBrowserPostsAFormUnderAPolicyThatPinsTheKeyTypeAndExactSize() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        byte[] photo = bytes(12_000);
        UploadTicket ticket = media.call(MediaApi.CREATE_UPLOAD, owner, new CreateUploadRequest("IMAGE", "image/png",
                photo.length, sha256(photo), "POST"));
        UploadTarget form = ticket.upload();
        String policy = new String(Base64.getDecoder().decode(form.fields().get("policy")), StandardCharsets.UTF_8);

        assertThat(form.method()).isEqualTo("POST");
        assertThat(form.url()).endsWith("/" + TestS3.UPLOADS_BUCKET + "/");
        assertThat(form.fields()).containsEntry("key", "uploads/" + owner.userId() + "/" + ticket.asset().id())
                .containsEntry("Content-Type", "image/png").containsKeys("x-amz-credential", "x-amz-signature");
        assertThat(policy).contains("[\"content-length-range\", " + photo.length + ", " + photo.length + "]",
                "{\"bucket\": \"" + TestS3.UPLOADS_BUCKET + "\"}", "{\"Content-Type\": \"image/png\"}",
                "\"expiration\": ");

        Map<String, String> forged = new LinkedHashMap<>(form.fields());
        forged.put("x-amz-signature", "0".repeat(64));
        assertThat(media.post(form, forged, photo)).as("a signature that is not the policy's").isEqualTo(403);
        assertThat(media.post(form, form.fields(), photo)).isBetween(200, 204);
        assertThat(media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(ticket.asset().id())).status())
                .isEqualTo("UPLOADED");
        assertThat(field(() -> media.call(MediaApi.CREATE_UPLOAD, owner, new CreateUploadRequest("IMAGE",
                "image/png", 10, sha256(bytes(10)), "FTP")))).isEqualTo("uploadMethod");
    }

    @Test
    void storagesNotificationCompletesAnUploadWhoseClientNeverSaidSo() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        byte[] photo = bytes(9_000);
        UploadTicket ticket = media.call(MediaApi.CREATE_UPLOAD, owner, image(photo));
        media.send(ticket.upload(), photo);
        String key = "uploads/" + owner.userId() + "/" + ticket.asset().id();
        UploadNotifications notifications = media.function.context().getBean(UploadNotifications.class);

        List<String> failed = notifications.consume(List.of(
                notification("n1", "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}"),
                notification("n2", created("uploads/not-an-asset", 10)),
                notification("n3", created(key, photo.length)),
                notification("n4", created(key, photo.length))));

        assertThat(failed).isEmpty();
        assertThat(media.call(MediaApi.MEDIA_BY_IDS, owner, new AssetIdsRequest(List.of(ticket.asset().id())))
                .assets()).extracting(AssetView::status).containsExactly("UPLOADED");
        assertThat(media.count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'MediaUploaded'",
                ticket.asset().id().toString())).as("once, however often S3 says so").isEqualTo(1);
    }

    private static SQSEvent.SQSMessage notification(String id, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        return message;
    }

    private static String created(String key, long size) {
        return "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"b\"},"
                + "\"object\":{\"key\":\"" + key + "\",\"size\":" + size + "}}}]}";
    }

    @Test
    void theStoreRefusesBytesOtherThanTheSignedOnes() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        byte[] photo = bytes(20_000);
        UploadTicket ticket = media.call(MediaApi.CREATE_UPLOAD, owner, image(photo));

        byte[] longer = new byte[photo.length + 1];
        System.arraycopy(photo, 0, longer, 0, photo.length);
        byte[] tampered = photo.clone();
        tampered[100] ^= 1;

        assertThat(media.send(ticket.upload(), longer)).as("another size").isBetween(400, 403);
        assertThat(media.send(ticket.upload(), tampered)).as("other bytes of the same size").isBetween(400, 403);
        assertThat(code(() -> media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(ticket.asset().id()))))
                .as("nothing is up yet").isEqualTo(ErrorCode.BAD_USER_INPUT);
    }

    @Test
    void theSameBytesFromTheSameOwnerAreOneAsset() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        byte[] photo = bytes(10_000);

        UploadTicket first = media.call(MediaApi.CREATE_UPLOAD, owner, image(photo));
        UploadTicket again = media.call(MediaApi.CREATE_UPLOAD, owner, image(photo));
        assertThat(again.asset().id()).isEqualTo(first.asset().id());
        assertThat(again.upload()).as("still awaited: a fresh request").isNotNull();

        media.send(again.upload(), photo);
        media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(first.asset().id()));
        UploadTicket afterwards = media.call(MediaApi.CREATE_UPLOAD, owner, image(photo));
        UploadTicket someoneElses = media.call(MediaApi.CREATE_UPLOAD, MediaFixture.as(Ids.newId()), image(photo));

        assertThat(afterwards.asset().id()).isEqualTo(first.asset().id());
        assertThat(afterwards.upload()).as("its bytes are in: nothing to send").isNull();
        assertThat(someoneElses.asset().id()).isNotEqualTo(first.asset().id());
    }

    @Test
    void onlyTheOwnerSeesOrTouchesAnAsset() {
        Caller owner = MediaFixture.as(Ids.newId());
        Caller stranger = MediaFixture.as(Ids.newId());
        UUID asset = media.call(MediaApi.CREATE_UPLOAD, owner, image(bytes(5_000))).asset().id();
        AssetRequest request = new AssetRequest(asset);

        for (Caller caller : List.of(stranger, Caller.anonymous("test", ClientInfo.UNKNOWN))) {
            ErrorCode expected = caller.isAuthenticated() ? ErrorCode.NOT_FOUND : ErrorCode.UNAUTHENTICATED;
            assertThat(code(() -> media.call(MediaApi.COMPLETE_UPLOAD, caller, request))).isEqualTo(expected);
            assertThat(code(() -> media.call(MediaApi.ABORT_UPLOAD, caller, request))).isEqualTo(expected);
            assertThat(code(() -> media.call(MediaApi.DELETE_MEDIA, caller, request))).isEqualTo(expected);
        }
        assertThat(media.call(MediaApi.MEDIA_BY_IDS, stranger, new AssetIdsRequest(List.of(asset))).assets())
                .isEmpty();
        assertThat(media.call(MediaApi.MY_MEDIA, stranger, PageRequest.of(20, null)).items()).isEmpty();
        assertThat(media.call(MediaApi.MEDIA_BY_IDS, owner, new AssetIdsRequest(List.of(asset))).assets())
                .extracting(AssetView::id).containsExactly(asset);
    }

    @Test
    void anAbortedUploadAndADeletedAssetAreGoneFromEveryReadWithAnEvent() throws Exception {
        Caller owner = MediaFixture.as(Ids.newId());
        byte[] kept = bytes(3_000);
        UploadTicket abandoned = media.call(MediaApi.CREATE_UPLOAD, owner, image(bytes(3_000)));
        UploadTicket done = media.call(MediaApi.CREATE_UPLOAD, owner, image(kept));
        media.send(done.upload(), kept);
        media.call(MediaApi.COMPLETE_UPLOAD, owner, new AssetRequest(done.asset().id()));

        assertThat(code(() -> media.call(MediaApi.ABORT_UPLOAD, owner, new AssetRequest(done.asset().id()))))
                .as("a complete upload is deleted, not aborted").isEqualTo(ErrorCode.CONFLICT);
        media.call(MediaApi.ABORT_UPLOAD, owner, new AssetRequest(abandoned.asset().id()));
        media.call(MediaApi.DELETE_MEDIA, owner, new AssetRequest(done.asset().id()));

        assertThat(media.call(MediaApi.MY_MEDIA, owner, PageRequest.of(20, null)).items()).isEmpty();
        assertThat(code(() -> media.call(MediaApi.DELETE_MEDIA, owner, new AssetRequest(done.asset().id()))))
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(media.count("SELECT count(*) FROM assets WHERE owner_id = ? AND deleted_at IS NOT NULL "
                + "AND deleted_by IS NOT NULL", owner.userId())).isEqualTo(2);
        assertThat(media.count("SELECT count(*) FROM outbox WHERE event_type = 'MediaDeleted' AND aggregate_id IN "
                + "(SELECT id::text FROM assets WHERE owner_id = ?)", owner.userId())).isEqualTo(2);
        // A deleted file uploaded again is a new asset.
        assertThat(media.call(MediaApi.CREATE_UPLOAD, owner, image(kept)).asset().id())
                .isNotEqualTo(done.asset().id());
    }

    @Test
    void whatAKindDoesNotTakeIsRefusedOnItsField() {
        Caller owner = MediaFixture.as(Ids.newId());
        String hash = sha256(bytes(10));

        assertThat(field(() -> media.call(MediaApi.CREATE_UPLOAD, owner,
                new CreateUploadRequest("IMAGE", "image/jpeg", 0, hash)))).isEqualTo("byteSize");
        assertThat(field(() -> media.call(MediaApi.CREATE_UPLOAD, owner,
                new CreateUploadRequest("IMAGE", "image/jpeg", 31L * 1024 * 1024, hash)))).isEqualTo("byteSize");
        assertThat(field(() -> media.call(MediaApi.CREATE_UPLOAD, owner,
                new CreateUploadRequest("IMAGE", "video/mp4", 10, hash)))).isEqualTo("contentType");
        assertThat(field(() -> media.call(MediaApi.CREATE_UPLOAD, owner,
                new CreateUploadRequest("AUDIO", "audio/mpeg", 10, hash)))).isEqualTo("kind");
        assertThat(field(() -> media.call(MediaApi.CREATE_UPLOAD, owner,
                new CreateUploadRequest("IMAGE", "image/jpeg", 10, "abc")))).isEqualTo("sha256");
    }

    @Test
    void theDaysBytesAreBoundedPerOwner() {
        Caller owner = MediaFixture.as(Ids.newId());
        long gigabyte = 1024L * 1024 * 1024;
        for (int i = 0; i < 4; i++) {
            media.call(MediaApi.CREATE_UPLOAD, owner, new CreateUploadRequest("VIDEO", "video/mp4", gigabyte,
                    sha256(bytes(16))));
        }
        DomainException refused = catchThrowableOfType(() -> media.call(MediaApi.CREATE_UPLOAD, owner,
                new CreateUploadRequest("VIDEO", "video/mp4", 1, sha256(bytes(16)))), DomainException.class);

        assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(refused.retryAfterSeconds()).isPresent();
        assertThat(media.call(MediaApi.CREATE_UPLOAD, MediaFixture.as(Ids.newId()),
                new CreateUploadRequest("VIDEO", "video/mp4", 1, sha256(bytes(16)))).asset().status())
                .as("another owner's day is their own").isEqualTo("PENDING_UPLOAD");
    }

    @Test
    void theLibraryPagesNewestFirst() {
        Caller owner = MediaFixture.as(Ids.newId());
        for (int i = 0; i < 3; i++) {
            media.call(MediaApi.CREATE_UPLOAD, owner, image(bytes(100 + i)));
            media.clock.advance(Duration.ofSeconds(1));
        }
        Page<AssetView> first = media.call(MediaApi.MY_MEDIA, owner, PageRequest.of(2, null));
        Page<AssetView> rest = media.call(MediaApi.MY_MEDIA, owner, PageRequest.of(2, first.endCursor()));

        assertThat(first.items()).extracting(AssetView::byteSize).containsExactly(102L, 101L);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(rest.items()).extracting(AssetView::byteSize).containsExactly(100L);
    }

    /** Part {@code n} (1-based) of {@code bytes} in 8 MiB parts. */
    private static byte[] part(byte[] bytes, int n) {
        int size = 8 * 1024 * 1024;
        return Arrays.copyOfRange(bytes, (n - 1) * size, Math.min(bytes.length, n * size));
    }

    private static CreateUploadRequest image(byte[] bytes) {
        return new CreateUploadRequest("IMAGE", "image/jpeg", bytes.length, sha256(bytes));
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ErrorCode code(Runnable call) {
        return catchThrowableOfType(call::run, DomainException.class).code();
    }

    private static String field(Runnable call) {
        return catchThrowableOfType(call::run, DomainException.class).field();
    }
}
