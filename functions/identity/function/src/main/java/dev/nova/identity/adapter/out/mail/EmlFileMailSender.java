package dev.nova.identity.adapter.out.mail;

import dev.nova.identity.application.MailSender;
import dev.nova.kernel.Ids;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * The local runtime's mail: one RFC 5322 {@code .eml} file per message in a folder, named so that they sort in the
 * order sent; any mail client opens them. Written to a temporary name and moved, so a reader never sees half a file.
 */
public final class EmlFileMailSender implements MailSender {

    private final Path directory;
    private final String from;
    private final Clock clock;

    public EmlFileMailSender(Path directory, String from, Clock clock) {
        this.directory = directory;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        UUID id = Ids.newId();
        String text = "From: " + from + "\r\n"
                + "To: " + mail.to() + "\r\n"
                + "Subject: " + encodedWord(mail.subject()) + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(clock)) + "\r\n"
                + "Message-ID: <" + id + "@nova.local>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + mail.text().replace("\r\n", "\n").replace("\n", "\r\n");
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve(id + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, directory.resolve(id + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write mail to " + directory, e);
        }
    }

    /** A header value, as an RFC 2047 encoded word when it is not plain ASCII. */
    private static String encodedWord(String value) {
        boolean ascii = value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return ascii ? value
                : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
