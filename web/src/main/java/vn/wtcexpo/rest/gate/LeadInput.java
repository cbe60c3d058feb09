package vn.wtcexpo.rest.gate;

/** A badge scanned at the booth ({@code code}; {@code event}: the event, unless a lead scanner sends it). */
public record LeadInput(String code, String event) {
}
