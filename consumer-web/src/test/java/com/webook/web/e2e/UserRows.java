package com.webook.web.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The user provider's rows, read directly, for what no API can show: that a refused request wrote
 * nothing (an account under a malformed address cannot be logged into, so logging in proves nothing).
 */
final class UserRows {

    private UserRows() {
    }

    /** How many accounts have an email containing {@code fragment} (a uuid the test put in the address). */
    static int withEmailContaining(String fragment) {
        String url = "jdbc:mysql://" + Platform.mysqlHost() + "/" + Platform.USER_DATABASE;
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM users WHERE email LIKE ?")) {
            query.setString(1, "%" + fragment + "%");
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the user provider's accounts", e);
        }
    }
}
