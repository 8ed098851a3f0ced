package dev.dakora.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void should_give_each_caller_a_database_of_its_own_on_one_server() throws Exception {
        TestDatabase first = TestDatabase.create("a");
        TestDatabase second = TestDatabase.create("a");

        first.execute("CREATE TABLE only_here (id int)", "INSERT INTO only_here VALUES (1)");

        assertThat(first.name()).isNotEqualTo(second.name());
        assertThat(first.port()).isEqualTo(second.port());
        assertThat(count(first, "SELECT count(*) FROM only_here")).isEqualTo(1);
        assertThatThrownBy(() -> count(second, "SELECT count(*) FROM only_here"))
                .hasMessageContaining("only_here");
    }

    @Test
    void should_migrate_with_the_flyway_settings_given() throws Exception {
        TestDatabase database = TestDatabase.create("flyway");

        database.migrate(settings -> settings.locations("classpath:db/test-support").table("flyway_history_test"));

        assertThat(count(database, "SELECT count(*) FROM migrated")).isEqualTo(2);
        assertThat(count(database, "SELECT count(*) FROM flyway_history_test WHERE success")).isEqualTo(1);
    }

    @Test
    void should_fail_a_migration_whose_script_is_broken() {
        TestDatabase database = TestDatabase.create("broken");

        assertThatThrownBy(() -> database.migrate(settings -> settings.locations("classpath:db/test-support-broken")))
                .hasMessageContaining("not_a_table");
    }

    private static long count(TestDatabase database, String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
