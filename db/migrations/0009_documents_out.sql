CREATE TABLE `disclosures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`at` text NOT NULL,
	`medium` text NOT NULL,
	`recipient_name` text NOT NULL,
	`recipient_organisation` text DEFAULT '' NOT NULL,
	`recipient_address` text DEFAULT '' NOT NULL,
	`recipient_phone` text DEFAULT '' NOT NULL,
	`recipient_fax` text DEFAULT '' NOT NULL,
	`purpose` text NOT NULL,
	`purpose_detail` text DEFAULT '' NOT NULL,
	`items` text NOT NULL,
	`page_count` integer,
	`sha256` text DEFAULT '' NOT NULL,
	`user_id` integer NOT NULL,
	`workstation` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disclosures_patient` ON `disclosures` (`patient_id`,`at`);--> statement-breakpoint
ALTER TABLE `practice` ADD `letterhead_logo` blob;--> statement-breakpoint
ALTER TABLE `practice` ADD `letterhead_logo_type` text;--> statement-breakpoint
CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
BEGIN SELECT RAISE(ABORT, 'The disclosure log is a record: it is never changed.'); END;
--> statement-breakpoint
CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
BEGIN SELECT RAISE(ABORT, 'The disclosure log is a record: it is never deleted.'); END;
