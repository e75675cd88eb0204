package dev.nova.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The {@code .eml} files identity writes to a mail folder, read as a test's inbox. */
public record TestMailbox(Path directory) {

    /** The mails sent to {@code address}, oldest first, as their text. */
    public List<String> mailsTo(String address) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted()
                    .map(TestMailbox::read)
                    .filter(mail -> mail.contains("\r\nTo: " + address + "\r\n"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token of the newest link to {@code page} (such as {@code verify-email}) mailed to {@code address}. */
    public String tokenMailedTo(String address, String page) {
        List<String> mails = mailsTo(address);
        Matcher link = Pattern.compile("/" + page + "\\?token=([A-Za-z0-9_-]{43})")
                .matcher(mails.isEmpty() ? "" : mails.get(mails.size() - 1));
        if (!link.find()) {
            throw new AssertionError("no " + page + " link was mailed to " + address);
        }
        return link.group(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
