package dev.dakora.common.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code postgresql://user:pass@host:port/db?params} URL (also {@code postgres://}), split into what
 * R2DBC and JDBC each expect. The credentials go into their own properties, never into a URL.
 */
public record DatabaseUrl(String host, int port, String database, String query, String username, String password) {

    public static DatabaseUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a URL: expected postgresql://user:pass@host:port/db");
        }
        String scheme = uri.getScheme();
        if (!"postgresql".equals(scheme) && !"postgres".equals(scheme) || uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL must look like postgresql://user:pass@host:port/db");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty()) {
            throw new IllegalArgumentException("DATABASE_URL names no database: expected postgresql://user:pass@host:port/db");
        }
        String username = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        return new DatabaseUrl(uri.getHost(), port, database, uri.getRawQuery(), username, password);
    }

    public Map<String, Object> toProperties() {
        String location = "//" + host + ":" + port + "/" + database + (query == null ? "" : "?" + query);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", "r2dbc:postgresql:" + location);
        properties.put("spring.flyway.url", "jdbc:postgresql:" + location);
        if (username != null) {
            properties.put("spring.r2dbc.username", username);
            properties.put("spring.flyway.user", username);
        }
        if (password != null) {
            properties.put("spring.r2dbc.password", password);
            properties.put("spring.flyway.password", password);
        }
        return properties;
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + host + ":" + port + "/" + database + "]";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
