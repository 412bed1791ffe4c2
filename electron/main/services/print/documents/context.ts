import type { repositories } from '../../../../../db';
import type { Recipient } from '../../../../contract/release';
import type { Actor } from '../../context';

export type PatientRecord = repositories.patients.PatientRecord;

/** Who and what a printed chart document is for: the practice, the patient, the clock and the person printing. */
export interface ReleaseContext {
  practice: repositories.practice.PracticeRow;
  patient: PatientRecord;
  /** The zone printed times are in (letterhead.ts printZone). */
  zone: string;
  now: Date;
  actor: Actor;
  /** The signed-in user's full name, for the referral letter's signature line. */
  actorFullName: string;
  /** The release's recipient: the referral letter is addressed to them. */
  recipient?: Recipient;
}
