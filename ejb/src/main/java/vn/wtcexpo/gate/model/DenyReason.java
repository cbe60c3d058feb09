package vn.wtcexpo.gate.model;

/**
 * Why a gate refuses a badge, in the fixed order a scan is decided: the first that applies is the answer.
 * The names are the API's reasons.
 */
public enum DenyReason {
    UNKNOWN_CODE, BAD_SIGNATURE, REVOKED, NOT_VALID_TODAY, WRONG_ZONE, EVENT_CLOSED, ALREADY_INSIDE, HALL_FULL
}
