import type { AllergyIntolerance, Condition, Immunization, MedicationStatement, Observation } from '@medplum/fhirtypes';
import { type AllergyFields, type allergyCategories, allergyInputSchema } from '../../../../contract/allergies';
import {
  type ImmunizationFields,
  immunizationInputSchema,
  immunizationRouteLabels,
  immunizationRoutes,
  immunizationSiteLabels,
  immunizationSites,
} from '../../../../contract/immunizations';
import {
  type MedicationFields,
  type MedicationStatus,
  medicationInputSchema,
  medicationRouteLabels,
  medicationRoutes,
} from '../../../../contract/medications';
import { type ProblemFields, problemInputSchema } from '../../../../contract/problems';
import { systems } from '../fhir/systems';
import type { BundleEntry } from './bundle';
import { codingIn, conceptText, localDate, notesText, pickFromList, quantityValue, validated } from './values';

/**
 * One FHIR resource as the chart item it becomes, checked by that item's own input schema; or the
 * reason it is left out, counted in the preview and the job's result so nothing is dropped silently.
 * The shapes read first are the ones Chartroom's own export writes (services/exchange/fhir/*).
 */
export type Mapped<T> = { fields: T } | { skipped: string };

const enteredInError = (status: string | undefined) => status === 'entered-in-error';

/** Condition → problem. The problem list is ICD-10-CM coded; a condition coded only otherwise (Synthea's SNOMED CT) is left out. */
export const problemFrom = (entry: BundleEntry, condition: Condition, zone: string): Mapped<ProblemFields> => {
  const verification = condition.verificationStatus?.coding?.[0]?.code;
  if (verification === 'entered-in-error' || verification === 'refuted')
    return { skipped: 'Condition (entered in error or refuted)' };
  const icd10 = codingIn(condition.code, systems.icd10cm);
  if (!icd10?.code) return { skipped: 'Condition (no ICD-10-CM code)' };
  const clinical = condition.clinicalStatus?.coding?.[0]?.code ?? 'active';
  const resolved = ['inactive', 'remission', 'resolved'].includes(clinical) || Boolean(condition.abatementDateTime);
  return {
    fields: validated(
      problemInputSchema,
      {
        code: icd10.code,
        description: conceptText(condition.code) || icd10.display || icd10.code,
        onset: localDate(condition.onsetDateTime, zone) ?? '',
        clinicalStatus: resolved ? 'resolved' : 'active',
        comment: notesText(condition.note)
          .join('\n')
          .replace(/\s*\n\s*/g, ' '),
      },
      entry,
    ),
  };
};

const medicationStatuses: Record<string, MedicationStatus | null> = {
  active: 'active',
  intended: 'active',
  'on-hold': 'on-hold',
  stopped: 'stopped',
  completed: 'completed',
  'not-taken': null,
  unknown: null,
  'entered-in-error': null,
};

/** "Hydrocortisone cream 1%", "Metformin 500 mg", "Amoxicillin 250 mg/5 mL": a typed name ending in its strength. */
const trailingStrength =
  /^(.*\S)\s+(\d[\d.,]*\s*(?:%|mg|mcg|µg|g|mL|ml|units?|IU|mEq)(?:\s*\/\s*[\d.]*\s*(?:mL|ml|g|L|actuation|dose|hr|h))?)$/i;

/**
 * MedicationStatement → medication. The export writes the RxNorm coding's display as the drug name and
 * "name strength" as the text, so the strength is what the text adds to the name; the dosage text is the
 * sig unless it merely repeats the dose, route and frequency the export composed it from.
 */
export const medicationFrom = (
  entry: BundleEntry,
  statement: MedicationStatement,
  zone: string,
  referencedName: string,
): Mapped<MedicationFields> => {
  const status = medicationStatuses[statement.status ?? ''];
  if (!status) return { skipped: `MedicationStatement (${statement.status ?? 'no status'})` };
  const concept = statement.medicationCodeableConcept;
  const rxnorm = codingIn(concept, systems.rxnorm);
  const text = concept?.text?.trim() || referencedName;
  const codedName = rxnorm?.display?.trim() ?? '';
  const typed = codedName ? null : trailingStrength.exec(text);
  const name = codedName || typed?.[1] || text || conceptText(concept);
  const strength =
    codedName && text.startsWith(codedName) ? text.slice(codedName.length).trim() : (typed?.[2]?.trim() ?? '');
  const dosage = statement.dosage?.[0];
  const doseQuantity = dosage?.doseAndRate?.[0]?.doseQuantity;
  const doseAmount = quantityValue(doseQuantity);
  const doseUnit = doseQuantity?.unit ?? '';
  const route = pickFromList(conceptText(dosage?.route), medicationRoutes, medicationRouteLabels);
  const frequency = dosage?.timing?.code?.text ?? '';
  const composed = [doseAmount === null ? '' : `${doseAmount} ${doseUnit}`.trim(), route, frequency]
    .filter((part) => part !== '')
    .join(' ');
  const notes = notesText(statement.note);
  const quantity = notes.find((note) => note.startsWith('Quantity: '))?.slice('Quantity: '.length) ?? '';
  const start = statement.effectivePeriod?.start ?? statement.effectiveDateTime;
  return {
    fields: validated(
      medicationInputSchema,
      {
        rxcui: rxnorm?.code && /^\d{1,8}$/.test(rxnorm.code) ? rxnorm.code : '',
        name,
        strength,
        doseAmount,
        doseUnit,
        route,
        frequency,
        sig: dosage?.text && dosage.text !== composed ? dosage.text : '',
        quantity,
        startDate: localDate(start, zone) ?? '',
        stopDate: localDate(statement.effectivePeriod?.end, zone) ?? '',
        prescriber: statement.informationSource?.display ?? '',
        status,
        comment: notes
          .filter((note) => !note.startsWith('Quantity: '))
          .join(' ')
          .slice(0, 1000),
      },
      entry,
    ),
  };
};

/** SNOMED CT "No known allergy": a statement, recorded as "No known allergies" rather than as a substance. */
const noKnownAllergyCodes = new Set(['716186003', '409137002', '428607008', '429625007']);
export const isNoKnownAllergy = (allergy: AllergyIntolerance) =>
  allergy.code?.coding?.some(
    (coding) => coding.system === systems.snomed && noKnownAllergyCodes.has(coding.code ?? ''),
  ) ?? false;

const allergyCategoryOf: Record<string, (typeof allergyCategories)[number]> = {
  medication: 'drug',
  food: 'food',
  environment: 'environmental',
  biologic: 'other',
};

export const allergyFrom = (entry: BundleEntry, allergy: AllergyIntolerance): Mapped<AllergyFields> => {
  const verification = allergy.verificationStatus?.coding?.[0]?.code;
  if (verification === 'entered-in-error' || verification === 'refuted')
    return { skipped: 'AllergyIntolerance (entered in error or refuted)' };
  const clinical = allergy.clinicalStatus?.coding?.[0]?.code;
  if (clinical === 'inactive' || clinical === 'resolved') return { skipped: 'AllergyIntolerance (no longer active)' };
  const reactions = allergy.reaction ?? [];
  const manifestation = reactions
    .flatMap((reaction) => reaction.manifestation ?? [])
    .map(conceptText)
    .filter((words) => words !== '' && words !== 'Reaction not recorded')
    .join(', ');
  const severity = reactions.find((reaction) => reaction.severity)?.severity ?? 'unknown';
  return {
    fields: validated(
      allergyInputSchema,
      {
        substance: conceptText(allergy.code),
        category: allergyCategoryOf[allergy.category?.[0] ?? ''] ?? 'other',
        reaction: manifestation.slice(0, 300),
        severity,
        onset: allergy.onsetString ?? allergy.onsetDateTime?.slice(0, 10) ?? '',
        comment: notesText(allergy.note).join(' '),
      },
      entry,
    ),
  };
};

/**
 * Immunization → immunization. A primary-source record is "given here" (the export writes it so, with
 * the lot, expiry, manufacturer and who gave it that the NCVIA record needs); others are historical; a
 * not-done one is a refusal with its reason.
 */
export const immunizationFrom = (
  entry: BundleEntry,
  immunization: Immunization,
  zone: string,
): Mapped<ImmunizationFields> => {
  if (enteredInError(immunization.status)) return { skipped: 'Immunization (entered in error)' };
  const cvx = codingIn(immunization.vaccineCode, systems.cvx)?.code;
  if (!cvx) return { skipped: 'Immunization (no CVX code)' };
  const refused = immunization.status === 'not-done';
  const notes = notesText(immunization.note);
  const dose = notes.find((note) => note.startsWith('Dose: '))?.slice('Dose: '.length) ?? '';
  const quantity = immunization.doseQuantity;
  const doseFromQuantity =
    quantityValue(quantity) === null ? '' : `${quantityValue(quantity)} ${quantity?.unit ?? ''}`.trim();
  return {
    fields: validated(
      immunizationInputSchema,
      {
        kind: refused ? 'refused' : immunization.primarySource === true ? 'administered' : 'historical',
        cvx,
        date: localDate(immunization.occurrenceDateTime, zone) ?? immunization.occurrenceString ?? '',
        lot: immunization.lotNumber ?? '',
        expiry: immunization.expirationDate ?? '',
        manufacturer: immunization.manufacturer?.display ?? '',
        site: pickFromList(conceptText(immunization.site), immunizationSites, immunizationSiteLabels),
        route: pickFromList(conceptText(immunization.route), immunizationRoutes, immunizationRouteLabels),
        dose: dose || doseFromQuantity,
        administeredBy: immunization.performer?.[0]?.actor?.display ?? '',
        visDate: immunization.education?.[0]?.publicationDate?.slice(0, 10) ?? '',
        refusalReason: refused ? conceptText(immunization.statusReason) || 'Refused' : '',
        comment: notes.filter((note) => !note.startsWith('Dose: ')).join(' '),
      },
      entry,
    ),
  };
};

/** The category codes of an Observation ("vital-signs", "laboratory"). */
export const observationCategories = (observation: Observation): string[] =>
  (observation.category ?? []).flatMap((category) => (category.coding ?? []).map((coding) => coding.code ?? ''));
