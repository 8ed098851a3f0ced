package dev.dakora.standalone;

import org.springframework.boot.SpringBootConfiguration;

/** A role with no beans and no auto-configuration, whose application.yml is in the test resources. */
@SpringBootConfiguration
class TestWorkerApplication {
}
