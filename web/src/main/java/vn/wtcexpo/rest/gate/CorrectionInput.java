package vn.wtcexpo.rest.gate;

/** A supervisor's correction: how many are inside the hall now, and why the count was wrong. */
public record CorrectionInput(String hall, Integer inside, String reason) {
}
