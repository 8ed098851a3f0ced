package dev.dakora.studio;

import java.util.List;

/**
 * Tells the Studio's client-side routes (such as {@code /templates/greeting}) from the server's own
 * paths and from static files, so a reload or a shared link of a client route gets {@code index.html}.
 */
final class ClientRoutes {

    private static final List<String> SERVER_PREFIXES = List.of("/api/", "/ws/", "/actuator/", "/v3/", "/webjars/");
    private static final List<String> SERVER_PATHS = List.of("/api", "/ws", "/actuator", "/v3", "/webjars");

    private ClientRoutes() {
    }

    /** True for a path the UI routes itself: not a server path, and not a file (a last segment with a dot). */
    static boolean isClientRoute(String path) {
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            return false;
        }
        if (SERVER_PATHS.contains(path) || SERVER_PREFIXES.stream().anyMatch(path::startsWith)
                || path.startsWith("/swagger-ui")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".") || isTemplateRoute(path);
    }

    /** Template and dataset names may hold dots ({@code summary.v2}), so their screens are routes whatever the name. */
    private static boolean isTemplateRoute(String path) {
        return (path.startsWith("/templates/") && !path.startsWith("/templates/assets/")) || path.startsWith("/datasets/");
    }
}
