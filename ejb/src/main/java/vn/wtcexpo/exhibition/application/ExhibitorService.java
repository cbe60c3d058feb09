package vn.wtcexpo.exhibition.application;

import java.util.Optional;

/** Exhibitor companies and the accounts that act for them. */
public interface ExhibitorService {

    /**
     * Registers a company and opens its first account (anyone; the API limits the rate per address).
     *
     * @throws vn.wtcexpo.shared.DomainException {@code TAX_CODE_INVALID}, bad input (400),
     *                                           {@code ACCOUNT_USERNAME_TAKEN} (409)
     */
    ExhibitorProfile signUp(SignUp signUp);

    /** Checks a sign-up's fields without storing or looking up anything: bad input is refused as by {@link #signUp}. */
    void check(SignUp signUp);

    /** The company the calling exhibitor acts for; empty until its profile is filled in. */
    Optional<ExhibitorProfile> myCompany();

    /** Fills in or changes the calling exhibitor's company profile. */
    ExhibitorProfile saveMyCompany(ExhibitorProfile profile);

    /** A company, for the organizers of events it takes part in and the venue admin. */
    ExhibitorProfile exhibitor(String id);
}
