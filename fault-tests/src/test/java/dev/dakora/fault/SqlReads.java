package dev.dakora.fault;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Reads from the database the roles share: a count, or rows with each column by its name. */
interface SqlReads {

    long count(String sql) throws SQLException;

    List<Map<String, Object>> rows(String sql) throws SQLException;
}
