import { z } from 'zod';
import { chartItemShape, chartItemWrites, pastDate, today } from './chart-items';
import { isoDate, optionalText } from './fields';

/**
 * Immunizations (issue 4), coded in CDC CVX (resources/code-sets/cvx.json, the complete list). Three
 * kinds of record: a dose given here (the NCVIA record: vaccine, date, lot, manufacturer, who gave
 * it, and the VIS edition), a historical dose the patient reports (vaccine and date are enough), and
 * a refusal with its reason.
 */
export const immunizationKinds = ['administered', 'historical', 'refused'] as const;
export type ImmunizationKind = (typeof immunizationKinds)[number];
export const immunizationKindLabels: Record<ImmunizationKind, string> = {
  administered: 'Given here',
  historical: 'Historical (reported)',
  refused: 'Refused',
};

export const immunizationRoutes = [
  'intramuscular',
  'subcutaneous',
  'intradermal',
  'oral',
  'intranasal',
  'percutaneous',
] as const;
export type ImmunizationRoute = (typeof immunizationRoutes)[number];
export const immunizationRouteLabels: Record<ImmunizationRoute, string> = {
  intramuscular: 'Intramuscular (IM)',
  subcutaneous: 'Subcutaneous (SC)',
  intradermal: 'Intradermal (ID)',
  oral: 'Oral',
  intranasal: 'Intranasal',
  percutaneous: 'Percutaneous',
};

/** Injection sites (HL7 table 0163, the ones a clinic uses); oral and nasal doses have none. */
export const immunizationSites = [
  'left-deltoid',
  'right-deltoid',
  'left-thigh',
  'right-thigh',
  'left-upper-arm',
  'right-upper-arm',
  'left-forearm',
  'right-forearm',
  'left-gluteal',
  'right-gluteal',
] as const;
export type ImmunizationSite = (typeof immunizationSites)[number];
export const immunizationSiteLabels: Record<ImmunizationSite, string> = {
  'left-deltoid': 'Left deltoid',
  'right-deltoid': 'Right deltoid',
  'left-thigh': 'Left thigh (vastus lateralis)',
  'right-thigh': 'Right thigh (vastus lateralis)',
  'left-upper-arm': 'Left upper arm (triceps)',
  'right-upper-arm': 'Right upper arm (triceps)',
  'left-forearm': 'Left forearm',
  'right-forearm': 'Right forearm',
  'left-gluteal': 'Left gluteal',
  'right-gluteal': 'Right gluteal',
};

const optionalDate = (label: string) => z.union([z.literal(''), isoDate(label)]).default('');

/** The fields a refusal cannot have: nothing was given. They are cleared when the kind is "refused". */
const givenOnly = ['lot', 'expiry', 'manufacturer', 'site', 'route', 'dose', 'administeredBy'] as const;

export const immunizationInputSchema = z
  .strictObject({
    kind: z.enum(immunizationKinds, {
      error: 'Pick whether the vaccine was given here, reported by the patient, or refused.',
    }),
    cvx: z
      .string({ error: 'Pick the vaccine from the list.' })
      .trim()
      .min(1, { error: 'Pick the vaccine from the list.', abort: true })
      .regex(/^\d{1,3}$/, { error: 'That is not a CVX code. Pick the vaccine from the list.' }),
    /** When it was given, reported as given, or refused. A historical dose known only roughly gets the best date and a comment. */
    date: pastDate('Date'),
    lot: optionalText('Lot number', 50),
    expiry: optionalDate('Expiry date'),
    manufacturer: optionalText('Manufacturer', 100),
    site: z.enum(['', ...immunizationSites], { error: 'Pick the site from the list.' }).default(''),
    route: z.enum(['', ...immunizationRoutes], { error: 'Pick the route from the list.' }).default(''),
    /** As on the label, e.g. "0.5 mL". */
    dose: optionalText('Dose', 30),
    administeredBy: optionalText('Administered by', 200),
    /** The edition date printed on the Vaccine Information Statement given to the patient. */
    visDate: optionalDate('VIS date').refine((value) => value === '' || value <= today(), {
      error: 'The VIS date is in the future. Enter the edition date printed on the statement.',
    }),
    refusalReason: optionalText('Refusal reason', 300),
    comment: optionalText('Comment', 1000),
  })
  .superRefine((item, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (item.kind === 'refused' && !item.refusalReason) {
      issue('refusalReason', 'Enter why the vaccine was refused, e.g. "parent declined".');
    }
    if (item.kind !== 'administered') return;
    if (!item.lot) issue('lot', 'Enter the lot number from the vial or syringe.');
    if (!item.expiry) issue('expiry', 'Enter the expiry date from the vial or syringe.');
    if (!item.manufacturer) issue('manufacturer', 'Enter the manufacturer.');
    if (!item.administeredBy) issue('administeredBy', 'Enter who gave the dose.');
    if (item.expiry && item.date && item.expiry < item.date) {
      issue(
        'expiry',
        `This lot expired on ${item.expiry}, before the dose date (${item.date}). Check the vial: a dose from an expired lot is not a valid dose.`,
      );
    }
  })
  .transform((item) => {
    if (item.kind !== 'refused') return { ...item, refusalReason: '' };
    const cleared = { ...item };
    for (const field of givenOnly) cleared[field] = '';
    return cleared;
  });
export type ImmunizationInput = z.input<typeof immunizationInputSchema>;
export type ImmunizationFields = z.output<typeof immunizationInputSchema>;

export const immunizationSchema = z.object({
  ...chartItemShape,
  kind: z.enum(immunizationKinds),
  cvx: z.string(),
  /** CDC's short description of the CVX code, e.g. "MMR". */
  vaccine: z.string(),
  date: z.string(),
  lot: z.string(),
  expiry: z.string(),
  manufacturer: z.string(),
  site: z.enum(['', ...immunizationSites]),
  route: z.enum(['', ...immunizationRoutes]),
  dose: z.string(),
  administeredBy: z.string(),
  visDate: z.string(),
  refusalReason: z.string(),
  comment: z.string(),
});
export type ImmunizationDto = z.output<typeof immunizationSchema>;

export const immunizationListSchema = z.object({
  /** Every dose, historical dose and refusal on the chart, newest first. */
  recorded: z.array(immunizationSchema),
  retired: z.array(immunizationSchema),
});
export type ImmunizationListDto = z.output<typeof immunizationListSchema>;

export const immunizationWrites = chartItemWrites('Immunization', immunizationInputSchema);

export const cvxSearchOutputSchema = z.array(
  z.object({
    code: z.string(),
    /** CDC's short description, e.g. "MMR". */
    name: z.string(),
    /** CDC's full vaccine name. */
    description: z.string(),
    /** False for vaccines no longer (or never) available in the US: they can only be historical. */
    current: z.boolean(),
  }),
);
