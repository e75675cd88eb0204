package dev.nova.identity.application;

import dev.nova.identity.domain.SecretToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The mails identity sends, written once. They go out after the change they belong to has committed; a mail that
 * cannot be sent is logged (without its address or token) and the change stands: the user can ask again.
 */
public final class AccountMails {

    /** At most one verification or reset mail per account in this interval: Nova must not flood an inbox. */
    static final Duration SAME_KIND_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(AccountMails.class);

    private final MailSender sender;
    private final String linkBase;

    /** @param linkBase where the app's pages live, for example {@code https://nova.example} */
    public AccountMails(MailSender sender, String linkBase) {
        this.sender = sender;
        this.linkBase = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
    }

    void verifyEmail(String to, String username, SecretToken token, Duration lifetime) {
        send(to, "Confirm your email address for Nova", "Hi " + username + ",\n\n"
                + "Confirm that this address is yours by opening this link:\n\n"
                + link("verify-email", token) + "\n\n"
                + "The link works once, for " + hours(lifetime) + ". If you did not ask for it, ignore this mail.\n");
    }

    void resetPassword(String to, String username, SecretToken token, Duration lifetime) {
        send(to, "Reset your Nova password", "Hi " + username + ",\n\n"
                + "Someone, hopefully you, asked to reset your password. Choose a new one here:\n\n"
                + link("reset-password", token) + "\n\n"
                + "The link works once, for " + lifetime.toMinutes() + " minutes. If you did not ask, ignore this"
                + " mail: your password stays as it is.\n");
    }

    void passwordChanged(String to, String username) {
        send(to, "Your Nova password was changed", "Hi " + username + ",\n\n"
                + "Your password was just changed, and your other sessions were signed out. If this was not you,"
                + " reset your password now and check your login history.\n");
    }

    void emailChangeRequested(String to, String username) {
        send(to, "Your Nova email address is being changed", "Hi " + username + ",\n\n"
                + "Someone signed in to your account asked to move it to another email address. If this was not"
                + " you, change your password now.\n");
    }

    private void send(String to, String subject, String text) {
        try {
            sender.send(new MailSender.Mail(to, subject, text));
        } catch (RuntimeException e) {
            LOG.warn("mail '{}' could not be sent", subject, e);
        }
    }

    private String link(String page, SecretToken token) {
        return linkBase + "/" + page + "?token=" + token.value();
    }

    private static String hours(Duration lifetime) {
        long hours = lifetime.toHours();
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
