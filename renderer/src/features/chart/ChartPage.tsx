import { Stack } from '@mantine/core';
import type { PatientDto } from '../../../../electron/contract';
import { useSession } from '../auth';
import { AllergiesPanel } from './allergies/AllergiesPanel';
import { PatientBanner } from './banner/PatientBanner';
import { ChartStatus } from './ChartStatus';
import { DemographicsPanel } from './demographics/DemographicsPanel';
import { HistoryPanel } from './history/HistoryPanel';
import { usePatient } from './hooks/use-patient';
import { usePatientHistory } from './hooks/use-patient-history';
import { ProblemsPanel } from './problems/ProblemsPanel';

export interface ChartPageProps {
  patientId: number;
  onClose: () => void;
}

/**
 * One patient's chart. Keyed by the patient id, so switching patients throws away every piece of the
 * previous patient's state (form values, drafts, loads in flight) instead of reusing it: one patient
 * context per view.
 */
export function ChartPage({ patientId, onClose }: ChartPageProps) {
  return <Chart key={patientId} patientId={patientId} onClose={onClose} />;
}

function Chart({ patientId, onClose }: ChartPageProps) {
  const { load, reload, replace } = usePatient(patientId);
  const history = usePatientHistory(patientId);
  const permissions = useSession()?.permissions ?? [];

  if (load.status !== 'ready') {
    return <ChartStatus error={load.status === 'failed' ? load.error : null} onRetry={reload} onClose={onClose} />;
  }

  const saved = (patient: PatientDto) => {
    replace(patient);
    history.reload();
  };
  const reloadAll = () => {
    reload();
    history.reload();
  };

  return (
    <div>
      <PatientBanner patient={load.patient} onClose={onClose} />
      <Stack gap="sm" pt="sm">
        {/* The front desk (no chart.read) sees allergies only as the banner line. */}
        {permissions.includes('chart.read') && (
          <ProblemsPanel patientId={patientId} canWrite={permissions.includes('chart.write')} />
        )}
        {permissions.includes('chart.read') && (
          <AllergiesPanel
            patientId={patientId}
            canWrite={permissions.includes('chart.write')}
            onBannerChange={(allergies) => replace({ ...load.patient, allergies })}
          />
        )}
        <DemographicsPanel patientId={patientId} patient={load.patient} onSaved={saved} onReload={reloadAll} />
        <HistoryPanel load={history.load} onRetry={history.reload} />
      </Stack>
    </div>
  );
}
