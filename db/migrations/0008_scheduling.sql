CREATE TABLE `appointment_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`appointment_id` integer NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`action` text NOT NULL,
	`detail` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointment_events_appointment` ON `appointment_events` (`appointment_id`);--> statement-breakpoint
CREATE TABLE `appointment_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`interval_weeks` integer NOT NULL,
	`weekdays` text NOT NULL,
	`local_start` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text,
	`occurrence_count` integer,
	`split_from_series_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `appointment_type_providers` (
	`type_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	PRIMARY KEY(`type_id`, `provider_id`),
	FOREIGN KEY (`type_id`) REFERENCES `appointment_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `appointment_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`colour` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appointment_types_name` ON `appointment_types` (`name`);--> statement-breakpoint
CREATE TABLE `appointments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`patient_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`type_id` integer NOT NULL,
	`room_id` integer,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`local_date` text NOT NULL,
	`series_id` integer,
	`series_index` integer,
	`status` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`override_reason` text DEFAULT '' NOT NULL,
	`double_booked` integer DEFAULT false NOT NULL,
	`cancel_reason` text DEFAULT '' NOT NULL,
	`insurance_confirmed` integer DEFAULT false NOT NULL,
	`arrived_at` text,
	`roomed_at` text,
	`with_provider_at` text,
	`checked_out_at` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`type_id`) REFERENCES `appointment_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `appointment_series`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointments_provider_day` ON `appointments` (`provider_id`,`local_date`,`starts_at`);--> statement-breakpoint
CREATE INDEX `appointments_day` ON `appointments` (`local_date`,`starts_at`);--> statement-breakpoint
CREATE INDEX `appointments_patient` ON `appointments` (`patient_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `appointments_series` ON `appointments` (`series_id`,`series_index`);--> statement-breakpoint
CREATE TABLE `recalls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`patient_id` integer NOT NULL,
	`provider_id` integer,
	`due_date` text NOT NULL,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`source_appointment_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recalls_due` ON `recalls` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rooms_name` ON `rooms` (`name`);--> statement-breakpoint
CREATE TABLE `schedule_days_off` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`removed` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `schedule_days_off_provider` ON `schedule_days_off` (`provider_id`,`first_day`);--> statement-breakpoint
CREATE TABLE `schedule_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`kind` text NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `schedule_hours_provider` ON `schedule_hours` (`provider_id`,`weekday`);--> statement-breakpoint
CREATE TABLE `schedule_providers` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`colour` text DEFAULT 'blue' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `practice` ADD `time_zone` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE TRIGGER appointments_no_delete BEFORE DELETE ON appointments
BEGIN SELECT RAISE(ABORT, 'Appointments are never deleted: cancel them with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER appointment_series_no_delete BEFORE DELETE ON appointment_series
BEGIN SELECT RAISE(ABORT, 'A series is never deleted: cancel its occurrences.'); END;
--> statement-breakpoint
CREATE TRIGGER appointment_events_no_update BEFORE UPDATE ON appointment_events
BEGIN SELECT RAISE(ABORT, 'The appointment log is a record: it is never changed.'); END;
--> statement-breakpoint
CREATE TRIGGER appointment_events_no_delete BEFORE DELETE ON appointment_events
BEGIN SELECT RAISE(ABORT, 'The appointment log is a record: it is never deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER recalls_no_delete BEFORE DELETE ON recalls
BEGIN SELECT RAISE(ABORT, 'Recalls are never deleted: cancel them.'); END;
--> statement-breakpoint
CREATE TRIGGER rooms_no_delete BEFORE DELETE ON rooms
BEGIN SELECT RAISE(ABORT, 'Rooms are never deleted: deactivate them.'); END;
--> statement-breakpoint
CREATE TRIGGER appointment_types_no_delete BEFORE DELETE ON appointment_types
BEGIN SELECT RAISE(ABORT, 'Appointment types are never deleted: deactivate them.'); END;
