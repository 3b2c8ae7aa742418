/**
 * Identity: user accounts, roles, sign-in, the current user and the security configuration.
 *
 * <p>Other modules use {@link org.binome.identity.Accounts} and {@link org.binome.identity.BinomeUser}; everything
 * else here is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.binome.identity;
