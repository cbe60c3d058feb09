package vn.wtcexpo.identity.application;

import java.util.Optional;

/** What other contexts may know about an account they keep the name of: where to write to it. */
public interface AccountDirectory {

    /** The e-mail address of an account, if it has one. */
    Optional<String> emailOf(String username);
}
