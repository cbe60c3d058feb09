/** Start-up data: the demo accounts and sample halls on request, the first admin otherwise. */
package vn.wtcexpo.demo;
