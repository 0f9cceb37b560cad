/** What the national connections share: the stand-ins' loop-back HTTP server, and HTTPS for the real platforms. */
@org.jspecify.annotations.NullMarked
package vn.motcua.connect.standin;
