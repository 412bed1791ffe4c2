import { type ChartStore, repositories } from '../../../../db';
import { type SmartInsert, smartInserts, smartInsertToken } from '../../../contract/note-templates';
import { bmi, bodyUnitsFor, celsiusToFahrenheit, cmToInches, kgToPounds } from '../../../contract/vitals';

type Vitals = repositories.noteContext.LatestVitalsRow;

const round = (value: number, digits: number) => Number(value.toFixed(digits)).toString();
const two = (n: number) => String(n).padStart(2, '0');

/** "2026-03-02 09:10" in the workstation's time zone, as the clinic reads clocks. */
const localMinute = (iso: string): string => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

/**
 * One line of the latest vitals in the practice's units, as the vitals panel shows them (°F with
 * inches and pounds, °C with centimetres and kilograms); BMI computed as the chart computes it.
 */
export const describeVitals = (row: Vitals | undefined, temperatureUnit: 'F' | 'C'): string => {
  if (!row) return 'No vitals recorded.';
  const body = bodyUnitsFor(temperatureUnit);
  const length = (cm: number) => (body.length === 'in' ? `${round(cmToInches(cm), 1)} in` : `${round(cm, 1)} cm`);
  const parts: string[] = [];
  if (row.systolic !== null && row.diastolic !== null) parts.push(`BP ${row.systolic}/${row.diastolic}`);
  if (row.heartRate !== null) parts.push(`HR ${row.heartRate}`);
  if (row.respiratoryRate !== null) parts.push(`RR ${row.respiratoryRate}`);
  if (row.temperatureC !== null) {
    parts.push(
      temperatureUnit === 'F'
        ? `Temp ${round(celsiusToFahrenheit(row.temperatureC), 1)} °F`
        : `Temp ${round(row.temperatureC, 1)} °C`,
    );
  }
  if (row.spo2 !== null) parts.push(`SpO2 ${row.spo2}%`);
  if (row.heightCm !== null) parts.push(`Ht ${length(row.heightCm)}`);
  if (row.weightKg !== null)
    parts.push(
      `Wt ${body.mass === 'lb' ? `${round(kgToPounds(row.weightKg), 1)} lb` : `${round(row.weightKg, 1)} kg`}`,
    );
  const bodyMassIndex = bmi(row.heightCm, row.weightKg);
  if (bodyMassIndex !== null) parts.push(`BMI ${round(bodyMassIndex, 1)}`);
  if (row.headCircumferenceCm !== null) parts.push(`HC ${length(row.headCircumferenceCm)}`);
  if (row.pain !== null) parts.push(`Pain ${row.pain}/10`);
  const when = localMinute(row.takenAt);
  return parts.length ? `${parts.join(', ')} (taken ${when})` : `Vitals taken ${when} with no values.`;
};

export const describeMedications = (rows: ReturnType<typeof repositories.noteContext.activeMedications>): string =>
  rows.length
    ? rows
        .map((m) => {
          const dose = m.doseAmount !== null ? `${round(m.doseAmount, 3)} ${m.doseUnit}`.trim() : '';
          const how = [dose, m.route, m.frequency].filter(Boolean).join(' ');
          const line = [m.name, m.strength].filter(Boolean).join(' ');
          return `- ${line}${how ? `, ${how}` : ''}${m.sig ? ` (${m.sig})` : ''}`;
        })
        .join('\n')
    : 'No active medications.';

export const describeAllergies = (
  rows: ReturnType<typeof repositories.noteContext.activeAllergies>,
  noKnownAllergies: boolean,
): string => {
  if (rows.length)
    return rows
      .map((a) => {
        const about = [a.reaction, a.severity === 'unknown' ? '' : a.severity].filter(Boolean).join(', ');
        return `- ${a.substance}${about ? ` (${about})` : ''}`;
      })
      .join('\n');
  return noKnownAllergies ? 'No known allergies.' : 'Allergies not recorded.';
};

export const describeProblems = (rows: ReturnType<typeof repositories.noteContext.activeProblems>): string =>
  rows.length
    ? rows.map((p) => `- ${p.code} ${p.description}${p.onset ? ` (since ${p.onset})` : ''}`).join('\n')
    : 'No active problems.';

/**
 * Replaces each smart insert in a template's text with the patient's current chart, read when the
 * note is created (retired items never appear). Each insert is read only if the template uses it.
 */
export const expandSmartInserts = (store: ChartStore, patientId: number, text: string): string => {
  const db = store.db;
  const describe: Record<SmartInsert, () => string> = {
    vitals: () =>
      describeVitals(
        repositories.noteContext.latestVitals(db, patientId),
        repositories.practice.getPractice(db)?.temperatureUnit ?? 'F',
      ),
    medications: () => describeMedications(repositories.noteContext.activeMedications(db, patientId)),
    allergies: () =>
      describeAllergies(
        repositories.noteContext.activeAllergies(db, patientId),
        repositories.noteContext.noKnownAllergies(db, patientId),
      ),
    problems: () => describeProblems(repositories.noteContext.activeProblems(db, patientId)),
  };
  return smartInserts.reduce((result, insert) => {
    const token = smartInsertToken(insert);
    return result.includes(token) ? result.split(token).join(describe[insert]()) : result;
  }, text);
};
