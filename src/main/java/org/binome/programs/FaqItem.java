package org.binome.programs;

record FaqItem(String question, String answer) {}
