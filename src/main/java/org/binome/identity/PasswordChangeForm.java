package org.binome.identity;

/** The password change form, bound field by field and checked in {@link PasswordChange}. */
record PasswordChangeForm(String currentPassword, String newPassword, String confirmation) {}
