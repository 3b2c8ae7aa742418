-- Nudges and review reminders are now reminders of the communication module (ReminderSource), sent once thanks to
-- their idempotency keys; the module's own reminder log is no longer used.
drop table mentorship_reminder;
