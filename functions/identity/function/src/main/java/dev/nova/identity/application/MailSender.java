package dev.nova.identity.application;

/** Sends mail: Amazon SES in AWS, {@code .eml} files in the local runtime. */
public interface MailSender {

    void send(Mail mail);

    /** A plain-text message to one recipient. */
    record Mail(String to, String subject, String text) {

        @Override
        public String toString() {
            return "Mail[subject=" + subject + "]";
        }
    }
}
