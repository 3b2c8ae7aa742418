package org.binome.identity;

import java.time.LocalDate;
import java.util.List;

/** A new API token as an administrator describes it: what it is for, what it may do, until when. */
record ApiTokenForm(String name, List<String> scopes, LocalDate expiresOn) {}
