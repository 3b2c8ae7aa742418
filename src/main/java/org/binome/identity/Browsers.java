package org.binome.identity;

/** A short, readable name for a browser and its system, from its User-Agent header (no library for one line). */
final class Browsers {

    private Browsers() {}

    static String describe(String agent) {
        if (agent == null || agent.isBlank()) {
            return "?";
        }
        String browser;
        if (agent.contains("Edg/")) {
            browser = "Edge";
        } else if (agent.contains("OPR/")) {
            browser = "Opera";
        } else if (agent.contains("Firefox/")) {
            browser = "Firefox";
        } else if (agent.contains("Chrome/") || agent.contains("Chromium/") || agent.contains("HeadlessChrome/")) {
            browser = "Chrome";
        } else if (agent.contains("Safari/")) {
            browser = "Safari";
        } else {
            browser = agent.length() > 40 ? agent.substring(0, 40) + "…" : agent;
            return browser;
        }
        String system;
        if (agent.contains("Android")) {
            system = "Android";
        } else if (agent.contains("iPhone") || agent.contains("iPad")) {
            system = "iOS";
        } else if (agent.contains("Windows")) {
            system = "Windows";
        } else if (agent.contains("Mac OS X")) {
            system = "macOS";
        } else if (agent.contains("Linux")) {
            system = "Linux";
        } else {
            return browser;
        }
        return browser + " · " + system;
    }
}
