package com.webook.interactive.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.ReadEvent;
import com.webook.provider.support.events.EventReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadEventParserTest {

    private final ReadEventParser parser = new ReadEventParser(new ObjectMapper());

    @Test
    void aWellFormedEventCountsItsArticleNotItsReader() {
        EventReader.Read<ReadEvent> parsed = parse("""
                {"eventId":"3f6c-1","articleId":42,"readerId":7,"readAtMillis":1764324000000,"extra":true}""");

        assertThat(parsed).isEqualTo(new EventReader.Event<>(new ReadEvent("3f6c-1", new BizObject("article", 42))));
    }

    @Test
    void theReaderKeyNamesTheReaderWhenThereIsOne() {
        assertThat(parse("""
                {"eventId":"e1","articleId":42,"readerId":7,"readAtMillis":1,"readerKey":"user:7"}"""))
                .isEqualTo(new EventReader.Event<>(new ReadEvent("e1", new BizObject("article", 42), "user:7")));
        assertThat(parse("""
                {"eventId":"e1","articleId":42,"readerId":0,"readAtMillis":1,"readerKey":null}"""))
                .isEqualTo(new EventReader.Event<>(new ReadEvent("e1", new BizObject("article", 42))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            numeric readerKey    | {"eventId":"e1","articleId":42,"readerId":7,"readAtMillis":1,"readerKey":7}       | readerKey
            blank readerKey      | {"eventId":"e1","articleId":42,"readerId":7,"readAtMillis":1,"readerKey":""}      | readerKey
            readerKey with space | {"eventId":"e1","articleId":42,"readerId":7,"readAtMillis":1,"readerKey":"a b"}   | readerKey
            not JSON             | not json at all                                                                  | not JSON
            truncated JSON       | {"eventId":"e1","articleId":                                                     | not JSON
            a JSON array         | [1,2,3]                                                                          | not a JSON object
            JSON null            | null                                                                             | not a JSON object
            missing eventId      | {"articleId":42,"readerId":7,"readAtMillis":1}                                   | eventId
            numeric eventId      | {"eventId":5,"articleId":42,"readerId":7,"readAtMillis":1}                       | eventId
            blank eventId        | {"eventId":"","articleId":42,"readerId":7,"readAtMillis":1}                      | eventId
            eventId with space   | {"eventId":"a b","articleId":42,"readerId":7,"readAtMillis":1}                   | eventId
            non-ASCII eventId    | {"eventId":"é","articleId":42,"readerId":7,"readAtMillis":1}                     | eventId
            eventId of 65        | {"eventId":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","articleId":42,"readerId":7,"readAtMillis":1} | eventId
            missing articleId    | {"eventId":"e1","readerId":7,"readAtMillis":1}                                   | articleId
            zero articleId       | {"eventId":"e1","articleId":0,"readerId":7,"readAtMillis":1}                     | articleId
            string articleId     | {"eventId":"e1","articleId":"42","readerId":7,"readAtMillis":1}                  | articleId
            fractional articleId | {"eventId":"e1","articleId":4.2,"readerId":7,"readAtMillis":1}                   | articleId
            huge articleId       | {"eventId":"e1","articleId":99999999999999999999,"readerId":7,"readAtMillis":1}  | articleId
            missing readerId     | {"eventId":"e1","articleId":42,"readAtMillis":1}                                 | readerId
            negative readerId    | {"eventId":"e1","articleId":42,"readerId":-1,"readAtMillis":1}                   | readerId
            missing readAtMillis | {"eventId":"e1","articleId":42,"readerId":7}                                     | readAtMillis
            """)
    void anUnreadableMessageSaysWhy(String name, String json, String reason) {
        assertThat(parse(json)).isInstanceOfSatisfying(EventReader.Unreadable.class,
                u -> assertThat(u.reason()).contains(reason));
    }

    @Test
    void anEmptyOrMissingValueIsUnreadable() {
        assertThat(parser.read(null)).isInstanceOf(EventReader.Unreadable.class);
        assertThat(parser.read(new byte[0])).isInstanceOf(EventReader.Unreadable.class);
        assertThat(parser.read(new byte[] {(byte) 0xff, (byte) 0xfe})).isInstanceOf(EventReader.Unreadable.class);
    }

    private EventReader.Read<ReadEvent> parse(String json) {
        return parser.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
