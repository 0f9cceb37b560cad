/** Online payment of fees through the national payment platform: fee requests, the redirect, the signed callback, the receipt. */
@org.jspecify.annotations.NullMarked
package vn.motcua.connect.payment;
