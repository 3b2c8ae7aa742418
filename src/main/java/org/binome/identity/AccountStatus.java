package org.binome.identity;

/** Where an account stands: invited (no password chosen yet), active, or disabled (cannot sign in). */
enum AccountStatus {
    INVITED,
    ACTIVE,
    DISABLED
}
