package dev.dakora.gateway.web;

import org.springframework.web.server.ServerWebExchange;

/**
 * Who a request is from, for the submission limits: the id of the API key it carried once the key
 * filter checked it, {@value #ADMIN} for the admin key, else {@value #ANONYMOUS}. With auth off a key
 * is not checked, so every caller is {@value #ANONYMOUS} and they share one budget.
 */
public final class Clients {

    public static final String ATTRIBUTE = "dakora.client";
    public static final String ADMIN = "admin";
    public static final String ANONYMOUS = "anonymous";

    private Clients() {
    }

    public static void set(ServerWebExchange exchange, String client) {
        exchange.getAttributes().put(ATTRIBUTE, client);
    }

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, ANONYMOUS);
    }
}
