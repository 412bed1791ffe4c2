import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { chartItemColumns } from './chart-columns';

/**
 * One set of vital signs taken together (issue 4). Stored in one unit each (°C, cm, kg) whatever the
 * practice shows; BMI is computed, never stored, so it cannot disagree with height and weight.
 */
export const vitals = sqliteTable(
  'vitals',
  {
    ...chartItemColumns(),
    takenAt: text('taken_at').notNull(),
    systolic: integer('systolic'),
    diastolic: integer('diastolic'),
    heartRate: integer('heart_rate'),
    respiratoryRate: integer('respiratory_rate'),
    temperatureC: real('temperature_c'),
    spo2: integer('spo2'),
    heightCm: real('height_cm'),
    weightKg: real('weight_kg'),
    headCircumferenceCm: real('head_circumference_cm'),
    pain: integer('pain'),
    comment: text('comment').notNull().default(''),
  },
  (table) => [index('vitals_patient').on(table.patientId, table.retired, table.takenAt)],
);
