package org.binome.mentorships;

/** A member of a mentorship as anyone allowed to see the pair reads them: a name and a side. */
record PartnerView(String employeeNumber, String name, MemberRole role) {}
