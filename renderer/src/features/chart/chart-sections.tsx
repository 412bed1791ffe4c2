import type { ReactNode } from 'react';
import type { Permission } from '../../../../electron/contract';
import { DisclosuresPanel } from '../release';
import { AllergiesPanel } from './allergies/AllergiesPanel';
import type { ChartContext, ChartSectionId } from './chart-context';
import { DemographicsTab } from './demographics/DemographicsTab';
import { DocumentsPanel } from './documents/DocumentsPanel';
import { EncountersPanel } from './encounters/EncountersPanel';
import { FaceSheet } from './face-sheet/FaceSheet';
import { HistoriesTab } from './histories/HistoriesTab';
import { ImmunizationsPanel } from './immunizations/ImmunizationsPanel';
import { LabsPanel } from './labs/LabsPanel';
import { MedicationsPanel } from './medications/MedicationsPanel';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { VitalsPanel } from './vitals/VitalsPanel';

export interface ChartSection {
  id: ChartSectionId;
  /** The tab's words. */
  label: string;
  /** Who sees the section at all; the server checks every call again. */
  permission: Permission;
  render: (chart: ChartContext) => ReactNode;
}

/**
 * Every section of a chart, in tab order. A section renders only while its tab is open, so opening a
 * chart reads only what the face sheet shows (ARCHITECTURE.md section 9: chart open budget).
 */
export const chartSections: readonly ChartSection[] = [
  {
    id: 'summary',
    label: 'Face sheet',
    permission: 'chart.read',
    render: (chart) => <FaceSheet chart={chart} />,
  },
  {
    id: 'problems',
    label: 'Problems',
    permission: 'chart.read',
    render: (chart) => <ProblemsPanel patientId={chart.patientId} canWrite={chart.canWrite} />,
  },
  {
    id: 'medications',
    label: 'Medications',
    permission: 'chart.read',
    render: (chart) => <MedicationsPanel patientId={chart.patientId} canWrite={chart.canWrite} />,
  },
  {
    id: 'allergies',
    label: 'Allergies',
    permission: 'chart.read',
    render: (chart) => (
      <AllergiesPanel
        patientId={chart.patientId}
        canWrite={chart.canWrite}
        onBannerChange={(allergies) => chart.replacePatient({ ...chart.patient, allergies })}
      />
    ),
  },
  {
    id: 'immunizations',
    label: 'Immunizations',
    permission: 'chart.read',
    render: (chart) => <ImmunizationsPanel patientId={chart.patientId} canWrite={chart.canWrite} />,
  },
  {
    id: 'vitals',
    label: 'Vitals',
    permission: 'chart.read',
    render: (chart) => (
      <VitalsPanel patientId={chart.patientId} birthDate={chart.patient.birthDate} canWrite={chart.canWrite} />
    ),
  },
  {
    id: 'labs',
    label: 'Lab results',
    permission: 'chart.read',
    render: (chart) => <LabsPanel patientId={chart.patientId} canWrite={chart.canWrite} />,
  },
  {
    id: 'encounters',
    label: 'Encounters & notes',
    permission: 'chart.read',
    render: (chart) => (
      <EncountersPanel
        patientId={chart.patientId}
        canWrite={chart.canWrite}
        canSign={chart.permissions.includes('notes.sign')}
      />
    ),
  },
  {
    id: 'documents',
    label: 'Documents',
    permission: 'chart.read',
    render: (chart) => <DocumentsPanel patientId={chart.patientId} canWrite={chart.canWrite} />,
  },
  {
    id: 'histories',
    label: 'Histories',
    permission: 'chart.read',
    render: (chart) => <HistoriesTab patientId={chart.patientId} canWrite={chart.canWrite} />,
  },
  {
    id: 'demographics',
    label: 'Demographics',
    permission: 'patients.read',
    render: (chart) => <DemographicsTab chart={chart} onReload={chart.reloadPatient} />,
  },
  {
    id: 'disclosures',
    label: 'Disclosures',
    permission: 'records.release',
    render: (chart) => <DisclosuresPanel patient={chart.patient} />,
  },
];
