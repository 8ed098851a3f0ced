package dev.dakora.standalone;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dakora.gateway.health.PlatformRoles;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of the standalone's worker roles, which the gateway's {@code /api/health} and readiness
 * answer for: each role's {@link RoleHealth} from its own context, DOWN for a role that is stopped.
 */
final class StandaloneRoles implements PlatformRoles {

    private final Standalone standalone;

    StandaloneRoles(Standalone standalone) {
        this.standalone = standalone;
    }

    @Override
    public Map<String, Health> health() {
        Map<String, Health> byRole = new LinkedHashMap<>();
        for (Role role : standalone.roles()) {
            if (role.webType() == org.springframework.boot.WebApplicationType.NONE) {
                byRole.put(role.name(), RoleHealth.of(standalone.context(role.name()).orElse(null)));
            }
        }
        return byRole;
    }
}
