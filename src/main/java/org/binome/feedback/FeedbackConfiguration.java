package org.binome.feedback;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The module's settings (no timer of its own: its reminders run with communication's). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedbackSettings.class)
class FeedbackConfiguration {}
