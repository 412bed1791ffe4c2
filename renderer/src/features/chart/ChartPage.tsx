import { Tabs } from '@mantine/core';
import { useSession } from '../auth';
import { ReleaseRecordsButton } from '../release';
import { PatientBanner } from './banner/PatientBanner';
import { ChartStatus } from './ChartStatus';
import type { ChartContext, ChartSectionId } from './chart-context';
import { chartSections } from './chart-sections';
import { useOpeningFaceSheet } from './face-sheet/use-face-sheet';
import { usePatient } from './hooks/use-patient';

export interface ChartPageProps {
  patientId: number;
  /** The open section; the face sheet when absent (or the first section the user may see). */
  section?: ChartSectionId;
  onSection: (section: ChartSectionId) => void;
  onClose: () => void;
}

/**
 * One patient's chart. Keyed by the patient id, so switching patients throws away every piece of the
 * previous patient's state (form values, drafts, loads in flight) instead of reusing it: one patient
 * context per view.
 */
export function ChartPage(props: ChartPageProps) {
  return <Chart key={props.patientId} {...props} />;
}

function Chart({ patientId, section, onSection, onClose }: ChartPageProps) {
  const permissions = useSession()?.permissions ?? [];
  // The face sheet is the first section for everyone who may read the chart.
  const opensOnFaceSheet = (section ?? 'summary') === 'summary' && permissions.includes('chart.read');
  const openingFaceSheet = useOpeningFaceSheet(patientId, opensOnFaceSheet);
  const { load, reload, replace } = usePatient(patientId);

  if (load.status !== 'ready') {
    return <ChartStatus error={load.status === 'failed' ? load.error : null} onRetry={reload} onClose={onClose} />;
  }

  // The front desk (no chart.read) sees demographics and disclosures only; allergies reach them as the banner line.
  const visible = chartSections.filter((s) => permissions.includes(s.permission));
  const open = visible.find((s) => s.id === section) ?? visible[0];
  const chart: ChartContext = {
    patientId,
    patient: load.patient,
    permissions,
    canWrite: permissions.includes('chart.write'),
    replacePatient: replace,
    reloadPatient: reload,
    openSection: onSection,
    openingFaceSheet,
  };

  return (
    <div>
      <PatientBanner
        patient={load.patient}
        onClose={onClose}
        actions={permissions.includes('records.release') && <ReleaseRecordsButton patient={load.patient} />}
      />
      <Tabs
        value={open?.id ?? null}
        onChange={(value) => value && onSection(value as ChartSectionId)}
        keepMounted={false}
        pt="sm"
      >
        <Tabs.List aria-label="Chart sections">
          {visible.map((s) => (
            <Tabs.Tab key={s.id} value={s.id}>
              {s.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {visible.map((s) => (
          <Tabs.Panel key={s.id} value={s.id} pt="sm">
            {s.render(chart)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}
