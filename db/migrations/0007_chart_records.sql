CREATE TABLE `code_set_imports` (
	`system` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`code_count` integer NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` integer NOT NULL,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `document_files` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`content` blob NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`category` text NOT NULL,
	`title` text NOT NULL,
	`document_date` text NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`byte_size` integer NOT NULL,
	`sha256` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_patient` ON `documents` (`patient_id`,`retired`,`document_date`);--> statement-breakpoint
CREATE TABLE `family_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`relative` text NOT NULL,
	`condition` text NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`age_at_onset` integer,
	`deceased` integer DEFAULT false NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `family_history_patient` ON `family_history` (`patient_id`,`retired`);--> statement-breakpoint
CREATE TABLE `social_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`smoking_status` text DEFAULT '' NOT NULL,
	`tobacco_comment` text DEFAULT '' NOT NULL,
	`alcohol` text DEFAULT '' NOT NULL,
	`substance_use` text DEFAULT '' NOT NULL,
	`occupation` text DEFAULT '' NOT NULL,
	`living_situation` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `social_history_patient` ON `social_history` (`patient_id`);--> statement-breakpoint
CREATE TABLE `immunizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`kind` text NOT NULL,
	`cvx` text NOT NULL,
	`vaccine` text NOT NULL,
	`date` text NOT NULL,
	`lot` text DEFAULT '' NOT NULL,
	`expiry` text DEFAULT '' NOT NULL,
	`manufacturer` text DEFAULT '' NOT NULL,
	`site` text DEFAULT '' NOT NULL,
	`route` text DEFAULT '' NOT NULL,
	`dose` text DEFAULT '' NOT NULL,
	`administered_by` text DEFAULT '' NOT NULL,
	`vis_date` text DEFAULT '' NOT NULL,
	`refusal_reason` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `immunizations_patient` ON `immunizations` (`patient_id`,`retired`,`date`);--> statement-breakpoint
CREATE TABLE `lab_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`message_control_id` text DEFAULT '' NOT NULL,
	`patient_id` integer,
	`panel_id` integer,
	`outcome` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`panel_id`) REFERENCES `lab_panels`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lab_imports_message` ON `lab_imports` (`message_control_id`) WHERE outcome = 'imported' AND message_control_id <> '';--> statement-breakpoint
CREATE TABLE `lab_observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`panel_id` integer NOT NULL,
	`panel_version` integer NOT NULL,
	`patient_id` integer NOT NULL,
	`position` integer NOT NULL,
	`loinc` text DEFAULT '' NOT NULL,
	`analyte` text NOT NULL,
	`value` text NOT NULL,
	`numeric_value` real,
	`unit` text DEFAULT '' NOT NULL,
	`reference_low` real,
	`reference_high` real,
	`reference_text` text DEFAULT '' NOT NULL,
	`flag` text DEFAULT '' NOT NULL,
	`observed_at` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`panel_id`) REFERENCES `lab_panels`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lab_observations_panel` ON `lab_observations` (`panel_id`,`panel_version`);--> statement-breakpoint
CREATE INDEX `lab_observations_trend` ON `lab_observations` (`patient_id`,`analyte`,`observed_at`);--> statement-breakpoint
CREATE TABLE `lab_panels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text NOT NULL,
	`collected_at` text NOT NULL,
	`ordering_provider` text DEFAULT '' NOT NULL,
	`performing_lab` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`message_control_id` text DEFAULT '' NOT NULL,
	`accession` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lab_panels_patient` ON `lab_panels` (`patient_id`,`retired`,`collected_at`);--> statement-breakpoint
CREATE TABLE `medication_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `medication_reviews_patient` ON `medication_reviews` (`patient_id`,`at`);--> statement-breakpoint
CREATE TABLE `medications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`rxcui` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`strength` text DEFAULT '' NOT NULL,
	`dose_amount` real,
	`dose_unit` text DEFAULT '' NOT NULL,
	`route` text DEFAULT '' NOT NULL,
	`frequency` text DEFAULT '' NOT NULL,
	`sig` text DEFAULT '' NOT NULL,
	`quantity` text DEFAULT '' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`stop_date` text DEFAULT '' NOT NULL,
	`prescriber` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `medications_patient` ON `medications` (`patient_id`,`retired`);--> statement-breakpoint
CREATE TABLE `encounters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`date` text NOT NULL,
	`provider_id` integer NOT NULL,
	`type` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `encounters_patient` ON `encounters` (`patient_id`,`retired`,`date`);--> statement-breakpoint
CREATE INDEX `encounters_provider` ON `encounters` (`provider_id`,`date`);--> statement-breakpoint
CREATE TABLE `note_addenda` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`note_id` integer NOT NULL,
	`patient_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`at` text NOT NULL,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	FOREIGN KEY (`note_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `note_addenda_note` ON `note_addenda` (`note_id`);--> statement-breakpoint
CREATE TABLE `note_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`sections` text NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`encounter_id` integer NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`template_name` text NOT NULL,
	`sections` text NOT NULL,
	`status` text NOT NULL,
	`author_id` integer NOT NULL,
	`cosigner_id` integer,
	`signed_by` integer,
	`signed_at` text,
	`content_hash` text,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`encounter_id`) REFERENCES `encounters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cosigner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notes_encounter` ON `notes` (`encounter_id`);--> statement-breakpoint
CREATE INDEX `notes_patient` ON `notes` (`patient_id`,`status`,`signed_at`);--> statement-breakpoint
CREATE TABLE `vitals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`retired_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`taken_at` text NOT NULL,
	`systolic` integer,
	`diastolic` integer,
	`heart_rate` integer,
	`respiratory_rate` integer,
	`temperature_c` real,
	`spo2` integer,
	`height_cm` real,
	`weight_kg` real,
	`head_circumference_cm` real,
	`pain` integer,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vitals_patient` ON `vitals` (`patient_id`,`retired`,`taken_at`);--> statement-breakpoint
ALTER TABLE `practice` ADD `temperature_unit` text DEFAULT 'F' NOT NULL;--> statement-breakpoint
CREATE TRIGGER medications_no_delete BEFORE DELETE ON medications
BEGIN SELECT RAISE(ABORT, 'Medications are never deleted: retire them with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER medication_reviews_no_update BEFORE UPDATE ON medication_reviews
BEGIN SELECT RAISE(ABORT, 'Medication reviews are a record: they are never changed.'); END;
--> statement-breakpoint
CREATE TRIGGER medication_reviews_no_delete BEFORE DELETE ON medication_reviews
BEGIN SELECT RAISE(ABORT, 'Medication reviews are a record: they are never deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER immunizations_no_delete BEFORE DELETE ON immunizations
BEGIN SELECT RAISE(ABORT, 'Immunizations are never deleted: retire them with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER vitals_no_delete BEFORE DELETE ON vitals
BEGIN SELECT RAISE(ABORT, 'Vitals are never deleted: retire them with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER family_history_no_delete BEFORE DELETE ON family_history
BEGIN SELECT RAISE(ABORT, 'Family history is never deleted: retire it with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER social_history_no_delete BEFORE DELETE ON social_history
BEGIN SELECT RAISE(ABORT, 'Social history is never deleted: edit it, and every version is kept.'); END;
--> statement-breakpoint
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'Documents are never deleted: retire them with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER document_files_no_update BEFORE UPDATE ON document_files
BEGIN SELECT RAISE(ABORT, 'An imported file never changes: import a new document instead.'); END;
--> statement-breakpoint
CREATE TRIGGER document_files_no_delete BEFORE DELETE ON document_files
BEGIN SELECT RAISE(ABORT, 'An imported file is never deleted: retire its document with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER lab_panels_no_delete BEFORE DELETE ON lab_panels
BEGIN SELECT RAISE(ABORT, 'Lab results are never deleted: retire them with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER lab_observations_no_update BEFORE UPDATE ON lab_observations
BEGIN SELECT RAISE(ABORT, 'A lab result is never changed in place: edit the panel to save a new version.'); END;
--> statement-breakpoint
CREATE TRIGGER lab_observations_no_delete BEFORE DELETE ON lab_observations
BEGIN SELECT RAISE(ABORT, 'Lab results are never deleted: retire the panel with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER lab_imports_no_update BEFORE UPDATE ON lab_imports
BEGIN SELECT RAISE(ABORT, 'The lab import log is a record: it is never changed.'); END;
--> statement-breakpoint
CREATE TRIGGER lab_imports_no_delete BEFORE DELETE ON lab_imports
BEGIN SELECT RAISE(ABORT, 'The lab import log is a record: it is never deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER encounters_no_delete BEFORE DELETE ON encounters
BEGIN SELECT RAISE(ABORT, 'Encounters are never deleted: retire them with a reason.'); END;
--> statement-breakpoint
CREATE VIRTUAL TABLE icd10cm_imported USING fts5(
  code UNINDEXED,
  compact,
  name,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes
BEGIN SELECT RAISE(ABORT, 'Notes are never deleted: retire them with a reason.'); END;
--> statement-breakpoint
CREATE TRIGGER notes_signed_never_change BEFORE UPDATE ON notes
WHEN OLD.status = 'signed' AND (
  NEW.status IS NOT OLD.status OR NEW.sections IS NOT OLD.sections OR NEW.content_hash IS NOT OLD.content_hash
  OR NEW.signed_at IS NOT OLD.signed_at OR NEW.signed_by IS NOT OLD.signed_by OR NEW.author_id IS NOT OLD.author_id
  OR NEW.cosigner_id IS NOT OLD.cosigner_id OR NEW.encounter_id IS NOT OLD.encounter_id
  OR NEW.patient_id IS NOT OLD.patient_id OR NEW.template_name IS NOT OLD.template_name
  OR NEW.created_at IS NOT OLD.created_at
)
BEGIN SELECT RAISE(ABORT, 'This note is signed; add an addendum to correct or add to it.'); END;
--> statement-breakpoint
CREATE TRIGGER notes_signed_has_signature BEFORE UPDATE ON notes
WHEN NEW.status = 'signed' AND (NEW.content_hash IS NULL OR NEW.signed_at IS NULL OR NEW.signed_by IS NULL)
BEGIN SELECT RAISE(ABORT, 'A note is signed only with its signer, time and content hash.'); END;
--> statement-breakpoint
CREATE TRIGGER notes_born_unsigned BEFORE INSERT ON notes
WHEN NEW.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'A note starts as a draft; it is signed afterwards.'); END;
--> statement-breakpoint
CREATE TRIGGER note_addenda_on_signed_notes BEFORE INSERT ON note_addenda
WHEN NOT EXISTS (SELECT 1 FROM notes WHERE id = NEW.note_id AND status = 'signed' AND patient_id = NEW.patient_id)
BEGIN SELECT RAISE(ABORT, 'An addendum goes under a signed note of the same patient.'); END;
--> statement-breakpoint
CREATE TRIGGER note_addenda_no_update BEFORE UPDATE ON note_addenda
BEGIN SELECT RAISE(ABORT, 'An addendum never changes once added: add another addendum.'); END;
--> statement-breakpoint
CREATE TRIGGER note_addenda_no_delete BEFORE DELETE ON note_addenda
BEGIN SELECT RAISE(ABORT, 'Addenda are never deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER note_templates_no_delete BEFORE DELETE ON note_templates
BEGIN SELECT RAISE(ABORT, 'Note templates are never deleted: deactivate them.'); END;
--> statement-breakpoint
INSERT INTO note_templates (name, sections, is_default, active, created_at, updated_at) VALUES (
  'SOAP',
  '[{"title":"Subjective","text":"Chief complaint: \nHistory of present illness: \n"},{"title":"Objective","text":"Vitals:\n{{vitals}}\n\nExam: \n"},{"title":"Assessment","text":"Active problems:\n{{problems}}\n\nAssessment: \n"},{"title":"Plan","text":"Current medications:\n{{medications}}\n\nAllergies:\n{{allergies}}\n\nPlan: \nFollow-up: \n"}]',
  1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
);
