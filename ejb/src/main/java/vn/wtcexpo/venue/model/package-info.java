/**
 * The venue catalogue: halls, rooms and the outdoor area, combined halls and their parts, and the
 * blackout periods that make a hall unbookable.
 */
package vn.wtcexpo.venue.model;
