/** Schema migrations (Flyway) and the persistence unit's plumbing. */
package vn.wtcexpo.infrastructure.persistence;
