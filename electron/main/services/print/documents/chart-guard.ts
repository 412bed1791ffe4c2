import { ChartroomError } from '../../../../contract/errors';
import { legalFullName } from '../../../../contract/patients';
import type { ReleaseContext } from './context';

/**
 * A chosen note or lab panel, if it is on this patient's chart. One refusal for "no such item" and
 * "another patient's item", so a packet can never carry someone else's records and the message
 * reveals nothing about other charts.
 */
export const onPatientChart = <Row extends { patientId: number }>(
  row: Row | undefined,
  context: ReleaseContext,
  noun: string,
): Row => {
  if (!row || row.patientId !== context.patient.id)
    throw new ChartroomError(
      'NOT_FOUND',
      `A chosen ${noun} is not on ${legalFullName(context.patient)}'s chart. Reload the chart and choose the documents again.`,
      'items',
    );
  return row;
};
