package dev.nova.identity.adapter.out.mail;

import dev.nova.identity.application.MailSender;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** Mail through Amazon SES (API v2), from a verified sender identity, optionally with a configuration set. */
public final class SesMailSender implements MailSender {

    private final SesV2Client ses;
    private final String from;
    private final String configurationSet;

    public SesMailSender(SesV2Client ses, String from, String configurationSet) {
        this.ses = ses;
        this.from = from;
        this.configurationSet = configurationSet;
    }

    @Override
    public void send(Mail mail) {
        SendEmailRequest.Builder request = SendEmailRequest.builder()
                .fromEmailAddress(from)
                .destination(Destination.builder().toAddresses(mail.to()).build())
                .content(EmailContent.builder().simple(Message.builder()
                        .subject(utf8(mail.subject()))
                        .body(Body.builder().text(utf8(mail.text())).build())
                        .build()).build());
        if (configurationSet != null && !configurationSet.isBlank()) {
            request.configurationSetName(configurationSet);
        }
        ses.sendEmail(request.build());
    }

    private static Content utf8(String data) {
        return Content.builder().charset("UTF-8").data(data).build();
    }
}
