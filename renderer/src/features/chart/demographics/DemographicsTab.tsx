import { Stack } from '@mantine/core';
import type { PatientDto } from '../../../../../electron/contract';
import type { ChartContext } from '../chart-context';
import { HistoryPanel } from '../history/HistoryPanel';
import { usePatientHistory } from '../hooks/use-patient-history';
import { DemographicsPanel } from './DemographicsPanel';

/** Demographics with their change history underneath: the history reloads after every save. */
export function DemographicsTab({ chart, onReload }: { chart: ChartContext; onReload: () => void }) {
  const history = usePatientHistory(chart.patientId);
  const saved = (patient: PatientDto) => {
    chart.replacePatient(patient);
    history.reload();
  };
  const reloadAll = () => {
    onReload();
    history.reload();
  };
  return (
    <Stack gap="sm">
      <DemographicsPanel patientId={chart.patientId} patient={chart.patient} onSaved={saved} onReload={reloadAll} />
      <HistoryPanel load={history.load} onRetry={history.reload} />
    </Stack>
  );
}
