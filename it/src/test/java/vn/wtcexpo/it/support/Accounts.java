package vn.wtcexpo.it.support;

/** Fresh accounts for tests that sign in, fail to sign in, or change passwords: never the demo users. */
public final class Accounts {

    private Accounts() {
    }

    /** Creates an account with {@code role} and the password {@code password}; returns its username. */
    public static String fresh(String prefix, String role, String password) {
        String username = (prefix + Long.toString(System.nanoTime() % 100_000_000L, 36)).toLowerCase();
        Api.Reply r = Api.as("admin").post("/api/accounts", """
                {"username": "%s", "fullName": "Test %s", "email": "%s@example.vn", "roles": ["%s"], "password": "%s"}
                """.formatted(username, username, username, role, password));
        if (r.status() != 201) {
            throw new IllegalStateException("could not create account " + username + ": " + r);
        }
        return username;
    }
}
