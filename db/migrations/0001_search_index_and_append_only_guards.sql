-- Patient search (ARCHITECTURE.md section 9: keystroke to results <= 100 ms at 100k patients).
-- Names are folded by the tokenizer (case and accents); prefix indexes make "smi joh" a prefix match
-- on every token in any order. Phones are indexed as digit tokens (full number, last 7, last 4).
CREATE VIRTUAL TABLE patient_search USING fts5(
  names,
  phones,
  tokenize = "unicode61 remove_diacritics 2",
  prefix = '1 2 3'
);
--> statement-breakpoint
-- The audit log and the demographics history are append-only (SECURITY.md S9): the app has no
-- code path that changes them, and these triggers stop anything else that tries.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: rows cannot be changed.'); END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: rows cannot be deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER patient_history_no_update BEFORE UPDATE ON patient_history
BEGIN SELECT RAISE(ABORT, 'Patient history is append-only: versions cannot be changed.'); END;
--> statement-breakpoint
CREATE TRIGGER patient_history_no_delete BEFORE DELETE ON patient_history
BEGIN SELECT RAISE(ABORT, 'Patient history is append-only: versions cannot be deleted.'); END;
--> statement-breakpoint
CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
BEGIN SELECT RAISE(ABORT, 'Patients are never deleted: merge or mark them instead.'); END;
--> statement-breakpoint
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'Staff accounts are never deleted: deactivate them instead.'); END;
