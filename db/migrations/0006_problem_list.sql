CREATE TABLE `problems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`code` text NOT NULL,
	`description` text NOT NULL,
	`onset` text DEFAULT '' NOT NULL,
	`clinical_status` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `problems_patient` ON `problems` (`patient_id`,`retired`);--> statement-breakpoint
CREATE TRIGGER problems_no_delete BEFORE DELETE ON problems
BEGIN SELECT RAISE(ABORT, 'Problems are never deleted: retire them with a reason.'); END;
