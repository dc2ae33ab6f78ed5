package cn.gov.shandong.circular.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every text read from a JSON request body obeys {@link RequestText}: JSON may escape any
 * character ({@code "\u0000"}), so a body can carry what a URI cannot; PostgreSQL would refuse a
 * NUL with a 500, and a lone surrogate would be stored as "?". The refusal is an
 * {@link UnacceptableText}, answered 400 by {@link MismatchedInputProblemMapper} with the field.
 * Tab, line feed and carriage return stay allowed (multi-line comments).
 */
@Singleton
public class JsonTextRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("platform-text-rules").addDeserializer(String.class, new CheckedText()));
    }

    /** Jackson's own string reading (which also takes numbers and booleans as text), then the check. */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                var refusal = RequestText.firstUnacceptable(text, true);
                if (refusal.isPresent()) {
                    throw new UnacceptableText(parser, refusal.get());
                }
            }
            return text;
        }
    }

    /** A JSON string with a character the platform does not store; its path names the field. */
    public static final class UnacceptableText extends MismatchedInputException {

        private final String character;

        UnacceptableText(JsonParser parser, String character) {
            super(parser, "text contains " + character, String.class);
            this.character = character;
        }

        /** The refused character, e.g. "U+0000 (a control character)". */
        public String character() {
            return character;
        }
    }
}
