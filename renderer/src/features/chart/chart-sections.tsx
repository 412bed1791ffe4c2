import type { ReactNode } from 'react';
import type { Permission } from '../../../../electron/contract';
import { AllergiesPanel } from './allergies/AllergiesPanel';
import type { ChartContext, ChartSectionId } from './chart-context';
import { DemographicsTab } from './demographics/DemographicsTab';
import { ProblemsPanel } from './problems/ProblemsPanel';

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
    id: 'problems',
    label: 'Problems',
    permission: 'chart.read',
    render: (chart) => <ProblemsPanel patientId={chart.patientId} canWrite={chart.canWrite} />,
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
    id: 'demographics',
    label: 'Demographics',
    permission: 'patients.read',
    render: (chart) => <DemographicsTab chart={chart} onReload={chart.reloadPatient} />,
  },
];
