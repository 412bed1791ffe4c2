import { notifications } from '@mantine/notifications';
import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';
import { saveFile } from '../print';
import { noteDisclosureRecorded } from './disclosure-log';

/**
 * The patient's whole chart as a FHIR R4 bundle (exchange.exportPatient, which records the
 * disclosure), handed to the save dialog as a .json file.
 */
export function useExportChart() {
  return usePendingAction(async (input: InputOf<'exchange.exportPatient'>) => {
    const result = await api.exchange.exportPatient(input);
    if (result.ok) {
      saveFile(new TextEncoder().encode(result.value.json), result.value.fileName, 'application/fhir+json');
      noteDisclosureRecorded(input.patientId);
      notifications.show({
        color: 'green',
        title: 'Disclosure recorded',
        message: `Electronic export (FHIR) to ${input.recipient.name}: ${result.value.resourceCount} entries saved as ${result.value.fileName}.`,
      });
    }
    return result;
  });
}
