/** Who may sign in and with which roles; passwords kept as PBKDF2 hashes. */
package vn.wtcexpo.identity.model;
