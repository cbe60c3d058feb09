/**
 * Visitor registration and badges: each event's registration desk (open or closed, a visitor cap), its
 * Ed25519 signing key, badges of every badge type with their signed codes, revocations, and the QR
 * images and printable PDFs of badges.
 */
package vn.wtcexpo.registration;
