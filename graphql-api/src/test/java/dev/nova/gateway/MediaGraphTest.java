package dev.nova.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An app's upload through the API: createUpload's presigned request carries the bytes to the S3 stand-in (which
 * checks the signature), completeUpload moves the asset on, and only its owner sees or changes it.
 */
@SuppressWarnings("unchecked")
class MediaGraphTest {

    private static final String PASSWORD = "media passphrase";
    private static final String CREATE = """
            mutation($i: CreateUploadInput!) { createUpload(input: $i) {
              mediaAsset { id status kind contentType byteSize }
              upload { method url headers { name value } expiresAt } } }""";
    private static final String COMPLETE = "mutation($id: ID!) { completeUpload(input: {mediaAssetId: $id}) "
            + "{ mediaAsset { id status } } }";
    private static final String NODE = "query($id: ID!) { node(id: $id) { ... on MediaAsset { id status } } }";

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    @Test
    void anOwnerUploadsStraightToStorageAndSeesTheAssetMoveOn() throws Exception {
        Person ada = Person.signUp(nova, "mediaada", PASSWORD);
        byte[] photo = new byte[25_000];
        ThreadLocalRandom.current().nextBytes(photo);

        Map<String, Object> created = nova.data(nova.post(ada.token(), CREATE, Map.of("i", Map.of("kind", "IMAGE",
                "contentType", "image/jpeg", "byteSize", photo.length, "sha256", sha256(photo)))), "createUpload");
        Map<String, Object> asset = (Map<String, Object>) created.get("mediaAsset");
        Map<String, Object> upload = (Map<String, Object>) created.get("upload");
        assertThat(asset).containsEntry("status", "PENDING_UPLOAD").containsEntry("kind", "IMAGE")
                .containsEntry("byteSize", photo.length);

        assertThat(put(upload, photo)).isEqualTo(200);
        Map<String, Object> completed = nova.data(nova.post(ada.token(), COMPLETE, Map.of("id", asset.get("id"))),
                "completeUpload");

        assertThat(completed.get("mediaAsset")).isEqualTo(Map.of("id", asset.get("id"), "status", "UPLOADED"));
        assertThat(nova.post(ada.token(), NODE, Map.of("id", asset.get("id"))).bodyText())
                .contains("\"status\":\"UPLOADED\"");
        assertThat(nova.post(ada.token(), "{ myMedia { nodes { id } } }", null).bodyText())
                .contains((String) asset.get("id"));
    }

    @Test
    void nobodyElseSeesCompletesOrDeletesAnAsset() throws Exception {
        Person owner = Person.signUp(nova, "mediaowner", PASSWORD);
        Person other = Person.signUp(nova, "mediaother", PASSWORD);
        String id = (String) ((Map<String, Object>) nova.data(nova.post(owner.token(), CREATE, Map.of("i", Map.of(
                "kind", "VIDEO", "contentType", "video/mp4", "byteSize", 1_000, "sha256", sha256(new byte[7])))),
                "createUpload").get("mediaAsset")).get("id");

        assertThat(nova.post(other.token(), NODE, Map.of("id", id)).bodyText())
                .isEqualTo("{\"data\":{\"node\":null}}");
        assertThat(nova.code(nova.post(other.token(), COMPLETE, Map.of("id", id)))).isEqualTo("NOT_FOUND");
        assertThat(nova.code(nova.post(other.token(), "mutation($id: ID!) { deleteMedia(input: {mediaAssetId: $id})"
                + " { deletedMediaAssetId } }", Map.of("id", id)))).isEqualTo("NOT_FOUND");
        assertThat(nova.code(nova.post(null, CREATE, Map.of("i", Map.of("kind", "IMAGE", "contentType",
                "image/png", "byteSize", 10, "sha256", sha256(new byte[3])))))).isEqualTo("UNAUTHENTICATED");
        assertThat(nova.extensions(nova.post(owner.token(), COMPLETE, Map.of("id", owner.id()))))
                .as("an id of another type").containsEntry("field", "mediaAssetId");

        assertThat(nova.data(nova.post(owner.token(), "mutation($id: ID!) { deleteMedia(input: {mediaAssetId: $id})"
                + " { deletedMediaAssetId } }", Map.of("id", id)), "deleteMedia"))
                .containsEntry("deletedMediaAssetId", id);
        assertThat(nova.post(owner.token(), NODE, Map.of("id", id)).bodyText())
                .isEqualTo("{\"data\":{\"node\":null}}");
    }

    @Test
    void aLargeVideoAnswersAPlanInPartsAndEachPartsSignedRequest() throws Exception {
        Person creator = Person.signUp(nova, "mediacreator", PASSWORD);
        Map<String, Object> created = nova.data(nova.post(creator.token(), CREATE.replace("expiresAt }",
                "expiresAt } multipart { partSize partCount }"), Map.of("i", Map.of("kind", "VIDEO",
                "contentType", "video/mp4", "byteSize", 20 * 1024 * 1024, "sha256", sha256(new byte[11])))),
                "createUpload");
        assertThat(created).containsEntry("upload", null)
                .containsEntry("multipart", Map.of("partSize", 8 * 1024 * 1024, "partCount", 3));

        Map<String, Object> urls = nova.data(nova.post(creator.token(), "mutation($id: ID!) { uploadPartUrls(input: "
                + "{mediaAssetId: $id, partNumbers: [3, 1]}) { parts { partNumber upload { method url headers "
                + "{ name value } } } uploadedParts { partNumber } } }", Map.of("id",
                ((Map<String, Object>) created.get("mediaAsset")).get("id"))), "uploadPartUrls");

        List<Map<String, Object>> parts = (List<Map<String, Object>>) urls.get("parts");
        assertThat(parts).extracting(part -> part.get("partNumber")).containsExactly(1, 3);
        assertThat(parts.get(1).toString()).contains("partNumber=3", "uploadId", "name=content-length, value=4194304");
        assertThat(urls.get("uploadedParts")).isEqualTo(List.of());
    }

    private static int put(Map<String, Object> upload, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((String) upload.get("url")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map<String, Object> header : (List<Map<String, Object>>) upload.get("headers")) {
            if (!header.get("name").equals("content-length")) {
                request.header((String) header.get("name"), (String) header.get("value"));
            }
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
