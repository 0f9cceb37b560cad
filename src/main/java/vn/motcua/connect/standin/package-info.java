/** What the stand-ins of the national platforms share: a small HTTP server on the loop-back interface. */
@org.jspecify.annotations.NullMarked
package vn.motcua.connect.standin;
