package dev.dakora.standalone;

import java.util.List;

import dev.dakora.gateway.GatewayApplication;

/**
 * The roles the standalone runs, in start order. Adding a role is one line: its module as a
 * dependency of this one and its {@code @SpringBootApplication} class here.
 */
final class Roles {

    private Roles() {
    }

    static List<Role> all() {
        return List.of(
                Role.web("api-gateway", GatewayApplication.class));
    }
}
