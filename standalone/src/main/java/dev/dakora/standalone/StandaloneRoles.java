package dev.dakora.standalone;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dakora.gateway.health.PlatformRoles;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of the standalone's worker roles, which the gateway's {@code /api/health} and readiness
 * answer for: each role's {@link RoleHealth} from its own context, DOWN for a role that is stopped, and
 * {@code warm-up} OUT_OF_SERVICE from the start until the {@link WarmUp} has run.
 */
final class StandaloneRoles implements PlatformRoles {

    static final String WARM_UP = "warm-up";

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
        if (standalone.warmingUp()) {
            byRole.put(WARM_UP, Health.outOfService().withDetail("warm-up", "running").build());
        }
        return byRole;
    }
}
