package dev.dakora.gateway.estimate;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.dakora.common.model.ModelName;

import java.util.Locale;

/**
 * Picks the token counter of a model. OpenAI models (and Azure deployments, which run them) are
 * counted with OpenAI's own encodings through jtokkit: {@code o200k_base} for the gpt-4o, gpt-4.1,
 * gpt-4.5, gpt-5, o1, o3 and o4 families, {@code cl100k_base} for gpt-4 and gpt-3.5. {@code echo}
 * counts whitespace-separated words, as the built-in echo model does. Every other model is
 * approximated as one token per four characters and labelled so.
 */
final class Tokenizers {

    static final String APPROXIMATE = "approximate (characters / 4)";

    /** The encodings are read on first use, once per process (they take a few MB and a moment to load). */
    private static final class OpenAi {
        private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
        static final TokenCounter O200K = exact(REGISTRY.getEncoding(EncodingType.O200K_BASE), "o200k_base");
        static final TokenCounter CL100K = exact(REGISTRY.getEncoding(EncodingType.CL100K_BASE), "cl100k_base");
    }

    TokenCounter of(ModelName name) {
        if (name.isEcho()) {
            return ECHO_WORDS;
        }
        if ("openai".equals(name.provider()) || "azure".equals(name.provider())) {
            String model = name.model().toLowerCase(Locale.ROOT);
            if (model.startsWith("gpt-4o") || model.startsWith("gpt-4.1") || model.startsWith("gpt-4.5")
                    || model.startsWith("gpt-5") || model.startsWith("o1") || model.startsWith("o3") || model.startsWith("o4")) {
                return OpenAi.O200K;
            }
            if (model.startsWith("gpt-4") || model.startsWith("gpt-3.5") || model.startsWith("gpt-35")) {
                return OpenAi.CL100K;
            }
        }
        return CHARS_BY_FOUR;
    }

    private static TokenCounter exact(Encoding encoding, String label) {
        return new TokenCounter() {
            @Override
            public long count(String text) {
                return encoding.countTokensOrdinary(text);
            }

            @Override
            public String name() {
                return label;
            }

            @Override
            public boolean exact() {
                return true;
            }
        };
    }

    static final TokenCounter CHARS_BY_FOUR = new TokenCounter() {
        @Override
        public long count(String text) {
            long chars = text.codePointCount(0, text.length());
            return (chars + 3) / 4;
        }

        @Override
        public String name() {
            return APPROXIMATE;
        }

        @Override
        public boolean exact() {
            return false;
        }
    };

    static final TokenCounter ECHO_WORDS = new TokenCounter() {
        @Override
        public long count(String text) {
            String stripped = text.strip();
            return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
        }

        @Override
        public String name() {
            return "echo (whitespace-separated words)";
        }

        @Override
        public boolean exact() {
            return true;
        }
    };
}
