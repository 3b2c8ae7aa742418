package org.binome.programs;

public record FaqItem(String question, String answer) {}
