/** Small building blocks every bounded context uses: domain refusals and bilingual text. */
package vn.wtcexpo.shared;
