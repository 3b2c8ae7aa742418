/**
 * Communication: in-app notifications, e-mail (through a database outbox, retried with back-off), reminders,
 * announcements and the monthly sponsor digest.
 *
 * <p>Other modules use the facade {@link org.binome.communication.Notifications} with the records
 * {@link org.binome.communication.Notification} and {@link org.binome.communication.Attachment}, or publish a
 * {@link org.binome.communication.Notification} as an event. Announcements are written on this module's own pages.
 * They plug their data in by implementing the service provider interfaces
 * {@link org.binome.communication.ReminderSource}, {@link org.binome.communication.AudienceResolver} and
 * {@link org.binome.communication.DigestSource} as beans. Everything else here is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communication")
package org.binome.communication;
