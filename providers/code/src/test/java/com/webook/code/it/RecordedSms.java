package com.webook.code.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.webook.code.domain.SmsNotSent;
import com.webook.code.domain.SmsSender;
import com.webook.code.domain.VerificationCode;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the SMS provider with a recorder of the messages the code provider hands over. */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedSms {

    /** A message handed over for sending. */
    public record Message(String phone, String code) {
    }

    /** Every message, and a switch to make sending fail. */
    public static final class Outbox implements SmsSender {

        private final List<Message> messages = new CopyOnWriteArrayList<>();
        private volatile boolean failing;

        @Override
        public void send(String phone, VerificationCode code, Duration validity) {
            if (failing) {
                throw new SmsNotSent();
            }
            messages.add(new Message(phone, code.digits()));
        }

        public List<Message> to(String phone) {
            return messages.stream().filter(m -> m.phone().equals(phone)).toList();
        }

        public void failing(boolean failing) {
            this.failing = failing;
        }
    }

    @Bean
    @Primary
    Outbox smsOutbox() {
        return new Outbox();
    }
}
