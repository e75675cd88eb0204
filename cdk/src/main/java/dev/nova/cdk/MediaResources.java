package dev.nova.cdk;

import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.notifications.SqsDestination;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;
import software.constructs.IConstruct;

import java.util.List;

/**
 * What media needs beyond a domain function: the uploads bucket creators send their bytes to through presigned
 * requests (private, TLS only, encrypted; unfinished multipart uploads aborted after a day and originals expired
 * after a week, by which time the pipeline has made what is served), the media bucket of what is served (private
 * too: CloudFront will serve it with signed URLs), and their access-log bucket.
 */
public class MediaResources extends Construct {

    static final Duration ABORT_INCOMPLETE_UPLOADS = Duration.days(1);
    static final Duration KEEP_ORIGINALS = Duration.days(7);
    /** Where media keeps originals: {@code uploads/<owner>/<asset>}. */
    static final String UPLOADS_PREFIX = "uploads/";
    /** Where the pipeline keeps what is served: {@code media/<asset>/<variant>}. */
    static final String SERVED_PREFIX = "media/";

    private final Bucket uploads;
    private final Bucket served;

    public MediaResources(Construct scope, String id, Stage stage, NovaFunction media, NovaFunction pipeline) {
        super(scope, id);
        RemovalPolicy removal = stage.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .encryption(BucketEncryption.S3_MANAGED)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(90)).build()))
                .removalPolicy(removal)
                .build();
        Nag.suppress(accessLogs, "AwsSolutions-S1", "This bucket receives the media buckets' access logs; "
                + "logging it to itself would loop.");
        uploads = Bucket.Builder.create(this, "Uploads")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .encryption(BucketEncryption.S3_MANAGED)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix(UPLOADS_PREFIX)
                .cors(List.of(CorsRule.builder()
                        .allowedMethods(List.of(HttpMethods.PUT, HttpMethods.POST))
                        .allowedOrigins(stage.api().corsOrigins())
                        .allowedHeaders(List.of("*"))
                        .maxAge(3600)
                        .build()))
                .lifecycleRules(List.of(
                        LifecycleRule.builder().id("abort-incomplete-uploads")
                                .abortIncompleteMultipartUploadAfter(ABORT_INCOMPLETE_UPLOADS).build(),
                        LifecycleRule.builder().id("expire-originals").prefix(UPLOADS_PREFIX)
                                .expiration(KEEP_ORIGINALS).build()))
                .removalPolicy(removal)
                .build();
        served = Bucket.Builder.create(this, "Media")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .encryption(BucketEncryption.S3_MANAGED)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix(SERVED_PREFIX)
                .removalPolicy(removal)
                .build();
        // Exactly what presigning, completion and aborts need, on the uploads' keys only (the presigned requests
        // act with these permissions); the pipeline reads originals and writes what is served.
        grant(media.function(), uploads, UPLOADS_PREFIX, List.of("s3:PutObject", "s3:GetObject", "s3:DeleteObject",
                "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"), "Each upload is an object of its own "
                + "under uploads/<owner>/<asset>: media signs and checks those keys and no others.");
        grant(pipeline.function(), uploads, UPLOADS_PREFIX, List.of("s3:GetObject"), "The pipeline reads the "
                + "originals under uploads/<owner>/<asset>, one object per asset, and nothing else.");
        grant(pipeline.function(), served, SERVED_PREFIX, List.of("s3:PutObject"), "The pipeline writes each "
                + "asset's variants under media/<asset>/, one object per variant, and nothing else.");
        for (NovaFunction function : List.of(media, pipeline)) {
            function.function().addEnvironment("NOVA_UPLOADS_BUCKET", uploads.getBucketName());
            function.function().addEnvironment("NOVA_MEDIA_BUCKET", served.getBucketName());
        }
    }

    /**
     * S3 tells {@code consumer} of every object created under {@code uploads/}, through a queue with a DLQ, so an
     * upload completes even when its client never says so.
     */
    public void sendUploadNotificationsTo(NovaFunction consumer) {
        Queue deadLetters = Queue.Builder.create(this, "UploadNotificationsDlq")
                .retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        Queue queue = Queue.Builder.create(this, "UploadNotifications")
                .visibilityTimeout(Duration.seconds(90))
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(5).build())
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        Nag.suppress(deadLetters, "AwsSolutions-SQS3", "This is the dead-letter queue of the upload notifications.");
        uploads.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue),
                NotificationKeyFilter.builder().prefix(UPLOADS_PREFIX).build());
        consumer.live().addEventSource(new SqsEventSource(queue, SqsEventSourceProps.builder().batchSize(10)
                .reportBatchItemFailures(true).build()));
        grant(consumer.function(), uploads, UPLOADS_PREFIX, List.of("s3:DeleteObject"), "An upload whose object "
                + "is not the signed size is removed: one object per asset under uploads/<owner>/<asset>.");
        consumer.function().addEnvironment("NOVA_UPLOADS_BUCKET", uploads.getBucketName());
        consumer.function().addEnvironment("NOVA_MEDIA_BUCKET", served.getBucketName());
        for (IConstruct child : Stack.of(this).getNode().getChildren()) {
            if (child.getNode().getId().startsWith("BucketNotificationsHandler")) {
                IConstruct role = child.getNode().findChild("Role");
                Nag.suppressWithChildren(role, "AwsSolutions-IAM4", "CDK's bucket-notifications handler: the "
                        + "AWS-managed policy lets it write its own logs.",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
                Nag.suppressWithChildren(role, "AwsSolutions-IAM5", "CDK's bucket-notifications handler: "
                        + "PutBucketNotification has no resource narrower than the configuration it manages.",
                        "Resource::*");
            }
        }
    }

    private void grant(Function function, Bucket bucket, String prefix, List<String> actions, String why) {
        function.addToRolePolicy(PolicyStatement.Builder.create().actions(actions)
                .resources(List.of(bucket.arnForObjects(prefix + "*"))).build());
        Nag.suppress(function.getRole().getNode().findChild("DefaultPolicy"), "AwsSolutions-IAM5", why,
                "Resource::<" + Stack.of(this).getLogicalId((CfnElement) bucket.getNode().getDefaultChild())
                        + ".Arn>/" + prefix + "*");
    }

    public Bucket served() {
        return served;
    }

    public Bucket uploads() {
        return uploads;
    }
}
