package vn.wtcexpo.exhibition.application;

/** A company signing up as an exhibitor, with the first account that acts for it. */
public record SignUp(ExhibitorProfile company, String username, String password) {
}
