package vn.wtcexpo.identity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.wtcexpo.identity.application.AccountDirectory;
import vn.wtcexpo.identity.model.AccountRepository;

/** Reads in the caller's transaction; no role needed (the caller is another context's use case). */
@ApplicationScoped
public class DefaultAccountDirectory implements AccountDirectory {

    @Inject
    private AccountRepository accounts;

    @Override
    public Optional<String> emailOf(String username) {
        return accounts.emailOf(username);
    }
}
