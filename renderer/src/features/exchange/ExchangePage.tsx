import { Tabs } from '@mantine/core';
import { IconFileImport, IconFolderShare, IconTable } from '@tabler/icons-react';
import { PageHeader } from '../../ui';
import { CsvImportCard } from './csv/CsvImportCard';
import { FhirImportCard } from './fhir/FhirImportCard';
import { PracticeExportCard } from './practice-export/PracticeExportCard';

/**
 * Administration → Export and import (issue 6): the whole practice out as files, and patients in from
 * another system's FHIR bundle or a legacy CSV. Panels stay mounted, so a running job keeps its
 * progress while the manager looks at another tab.
 */
export function ExchangePage() {
  return (
    <>
      <PageHeader
        title="Export and import"
        description="Take every chart elsewhere, or bring patients in from another system. Every export and import is recorded in the audit report."
      />
      <Tabs defaultValue="export" keepMounted>
        <Tabs.List mb="md">
          <Tabs.Tab value="export" leftSection={<IconFolderShare size={16} aria-hidden />}>
            Export the practice
          </Tabs.Tab>
          <Tabs.Tab value="fhir" leftSection={<IconFileImport size={16} aria-hidden />}>
            Import a FHIR bundle
          </Tabs.Tab>
          <Tabs.Tab value="csv" leftSection={<IconTable size={16} aria-hidden />}>
            Import from CSV
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="export">
          <PracticeExportCard />
        </Tabs.Panel>
        <Tabs.Panel value="fhir">
          <FhirImportCard />
        </Tabs.Panel>
        <Tabs.Panel value="csv">
          <CsvImportCard />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
