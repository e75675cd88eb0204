package dev.nova.invocation;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Which failures of a Lambda invoke are worth another try. */
final class CallFailures {

    private CallFailures() {
    }

    /** Lambda refused the call before running it (throttled): safe to retry any operation. */
    static boolean certainlyNotRun(Throwable t) {
        return t instanceof TooManyRequestsException
                || t instanceof AwsServiceException service && service.statusCode() == 429;
    }

    /** A failure whose outcome is unknown or passing: retry only operations that are idempotent. */
    static boolean isTransient(Throwable t) {
        return certainlyNotRun(t)
                || t instanceof TimeoutException
                || t instanceof SdkClientException
                || t instanceof FunctionFailedException
                || t instanceof AwsServiceException service && service.statusCode() >= 500;
    }

    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** The function ran and crashed or timed out inside Lambda ({@code X-Amz-Function-Error}). */
    static final class FunctionFailedException extends RuntimeException {
        FunctionFailedException(String function, String kind) {
            super(function + " failed: " + kind, null, false, false);
        }
    }
}
