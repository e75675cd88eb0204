package dev.nova.media.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.nova.media.application.Uploads;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * S3's notifications of objects created in the uploads bucket, as its queue delivers them: each {@code ObjectCreated}
 * moves its asset on as {@code completeUpload} would. S3's test event and other shapes are consumed and ignored; a
 * message whose handling failed is handed back for another delivery (then its DLQ).
 */
public final class UploadNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(UploadNotifications.class);

    private final Uploads uploads;
    private final JsonMapper json;

    public UploadNotifications(Uploads uploads, JsonMapper json) {
        this.uploads = uploads;
        this.json = json;
    }

    /** The ids of the messages to deliver again. */
    public List<String> consume(List<SQSEvent.SQSMessage> messages) {
        List<String> failed = new ArrayList<>();
        for (SQSEvent.SQSMessage message : messages) {
            try {
                Notification notification = json.readValue(message.getBody(), Notification.class);
                for (Notification.Entry entry : notification.entries()) {
                    if (entry.eventName() != null && entry.eventName().startsWith("ObjectCreated:")
                            && entry.s3() != null && entry.s3().object() != null) {
                        String key = URLDecoder.decode(entry.s3().object().key(), StandardCharsets.UTF_8);
                        uploads.objectCreated(key, entry.s3().object().size());
                    }
                }
            } catch (IOException e) {
                LOG.warn("an upload notification that is not S3's JSON was dropped: message {}",
                        message.getMessageId());
            } catch (RuntimeException e) {
                LOG.error("an upload notification failed: message {}", message.getMessageId(), e);
                failed.add(message.getMessageId());
            }
        }
        return failed;
    }

    /** The parts of S3's event notification media reads. */
    @Serdeable
    public record Notification(@Nullable List<Entry> Records) {

        List<Entry> entries() {
            return Records == null ? List.of() : Records;
        }

        @Serdeable
        public record Entry(@Nullable String eventName, @Nullable S3 s3) {
        }

        @Serdeable
        public record S3(@Nullable S3Object object) {
        }

        @Serdeable
        public record S3Object(String key, long size) {
        }
    }
}
