package dev.dakora.gateway.keys;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The path as routing sees it: each segment percent-decoded and without {@code ;parameters}, empty
 * segments dropped. Guarding this form means {@code /api/%6Beys} or {@code /api/keys;x} cannot reach a
 * route while passing for another path.
 */
public final class RoutePath {

    private RoutePath() {
    }

    public static String of(ServerHttpRequest request) {
        StringBuilder path = new StringBuilder();
        for (PathContainer.Element element : request.getPath().pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment && !segment.valueToMatch().isEmpty()) {
                path.append('/').append(segment.valueToMatch());
            }
        }
        return path.isEmpty() ? "/" : path.toString();
    }
}
