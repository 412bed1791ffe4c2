CREATE TABLE `allergies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`substance` text NOT NULL,
	`category` text NOT NULL,
	`reaction` text DEFAULT '' NOT NULL,
	`severity` text NOT NULL,
	`onset` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `allergies_patient` ON `allergies` (`patient_id`,`status`);--> statement-breakpoint
CREATE TABLE `allergy_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`state` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`ended_at` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `allergy_reviews_patient` ON `allergy_reviews` (`patient_id`,`ended_at`);--> statement-breakpoint
CREATE TABLE `chart_item_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`item_id` integer NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`snapshot` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chart_item_versions_item` ON `chart_item_versions` (`kind`,`item_id`,`version`);--> statement-breakpoint
CREATE INDEX `chart_item_versions_patient` ON `chart_item_versions` (`patient_id`,`kind`);--> statement-breakpoint
CREATE TRIGGER chart_item_versions_no_update BEFORE UPDATE ON chart_item_versions
BEGIN SELECT RAISE(ABORT, 'Chart history is append-only: versions cannot be changed.'); END;
--> statement-breakpoint
CREATE TRIGGER chart_item_versions_no_delete BEFORE DELETE ON chart_item_versions
BEGIN SELECT RAISE(ABORT, 'Chart history is append-only: versions cannot be deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER allergies_no_delete BEFORE DELETE ON allergies
BEGIN SELECT RAISE(ABORT, 'Allergies are never deleted: retire them with a reason.'); END;
