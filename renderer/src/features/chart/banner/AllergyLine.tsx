import { IconAlertTriangle, IconCircleCheck, IconHelpCircle } from '@tabler/icons-react';
import type { PatientDto } from '../../../../../electron/contract';
import classes from './PatientBanner.module.css';

/**
 * The allergy line of the banner. Each state has its own words and icon as well as its colour, so it
 * reads the same in greyscale, on a fax, or to someone who cannot tell red from green.
 */
export function AllergyLine({ allergies }: { allergies: PatientDto['allergies'] }) {
  if (allergies.state === 'not-recorded') {
    return (
      <div className={classes.allergies} data-state="not-recorded">
        <IconHelpCircle size={16} aria-hidden />
        <span>Allergies not recorded</span>
      </div>
    );
  }
  if (allergies.state === 'no-known-allergies') {
    return (
      <div className={classes.allergies} data-state="no-known-allergies">
        <IconCircleCheck size={16} aria-hidden />
        <span>No known allergies</span>
      </div>
    );
  }
  return (
    <div className={classes.allergies} data-state="recorded">
      <IconAlertTriangle size={16} aria-hidden />
      <span>
        Allergies: {allergies.summary.length > 0 ? allergies.summary.join(', ') : 'recorded (see the allergy list)'}
      </span>
    </div>
  );
}
