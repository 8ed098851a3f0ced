package dev.dakora.gateway.health;

import org.springframework.boot.health.contributor.Health;

import java.util.Map;

/**
 * The health of the platform's other roles when they run beside the gateway (the standalone provides
 * it); a gateway on its own has none and reports only itself. Implementations may block briefly.
 */
public interface PlatformRoles {

    /** Each other role's health by role name; a role that is not running is DOWN. */
    Map<String, Health> health();
}
