import type { Condition } from '@medplum/fhirtypes';
import type { ChartRows } from './chart-rows';
import { type ExportEntry, entryOf, lastUpdated, type MappingContext, present } from './context';
import { systems } from './systems';

/** The problem list as Conditions: ICD-10-CM coded, active or resolved, with the onset when known. */
export const conditionEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] =>
  rows.problems.map((problem) => {
    const resource: Condition = {
      resourceType: 'Condition',
      meta: lastUpdated(problem.updatedAt),
      clinicalStatus: { coding: [{ system: systems.conditionClinical, code: problem.clinicalStatus }] },
      verificationStatus: { coding: [{ system: systems.conditionVerification, code: 'confirmed' }] },
      category: [
        { coding: [{ system: systems.conditionCategory, code: 'problem-list-item', display: 'Problem List Item' }] },
      ],
      code: {
        coding: [{ system: systems.icd10cm, code: problem.code, display: problem.description }],
        text: problem.description,
      },
      subject: context.patient,
      onsetDateTime: present(problem.onset),
      recordedDate: problem.createdAt,
      ...(problem.comment ? { note: [{ text: problem.comment }] } : {}),
    };
    return entryOf(context, 'problem', problem.id, resource);
  });
