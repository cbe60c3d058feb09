/** How failures become the API's JSON error answers. */
package vn.wtcexpo.rest.error;
