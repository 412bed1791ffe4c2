import {
  type ImmunizationDto,
  type ImmunizationKind,
  type ImmunizationRoute,
  type ImmunizationSite,
  immunizationKindLabels,
  immunizationRouteLabels,
  immunizationSiteLabels,
} from '../../../../../electron/contract';

/** Reasons offered when an immunization record is retired; the record itself stays, with its history. */
export const immunizationRetireReasons = [
  'entered in error',
  'duplicate entry',
  'wrong vaccine recorded',
  'other',
] as const;

/** Offered as the user types a refusal reason; anything else may be typed. */
export const refusalSuggestions = [
  'Patient declined',
  'Parent or guardian declined',
  'Religious or personal belief',
  'Medical precaution',
  'Already immune',
  'Will reconsider at the next visit',
];

export const kindLabel = (kind: ImmunizationKind): string => immunizationKindLabels[kind];
export const siteLabel = (site: ImmunizationSite | ''): string => (site ? immunizationSiteLabels[site] : '');
export const routeLabel = (route: ImmunizationRoute | ''): string => (route ? immunizationRouteLabels[route] : '');

/** How a vaccine is shown in the picker and lists: "MMR (CVX 03)". */
export const vaccineLabel = (vaccine: { name: string; code: string }): string =>
  `${vaccine.name} (CVX ${vaccine.code})`;

/** The details of one record, in the order a nurse reads them off a vaccine card. */
export const detailParts = (record: ImmunizationDto): string[] =>
  record.kind === 'refused'
    ? [`Reason: ${record.refusalReason}`, record.visDate && `VIS ${record.visDate}`, record.comment].filter(isText)
    : [
        record.lot && `Lot ${record.lot}${record.expiry ? ` (exp. ${record.expiry})` : ''}`,
        record.manufacturer,
        siteLabel(record.site),
        routeLabel(record.route),
        record.dose,
        record.administeredBy && `by ${record.administeredBy}`,
        record.visDate && `VIS ${record.visDate}`,
        record.comment,
      ].filter(isText);

const isText = (part: string | false): part is string => Boolean(part);

const fieldLabels: Record<string, string> = {
  kind: 'Kind',
  cvx: 'CVX code',
  vaccine: 'Vaccine',
  date: 'Date',
  lot: 'Lot number',
  expiry: 'Expiry date',
  manufacturer: 'Manufacturer',
  site: 'Site',
  route: 'Route',
  dose: 'Dose',
  administeredBy: 'Administered by',
  visDate: 'VIS date',
  refusalReason: 'Refusal reason',
  comment: 'Comment',
};

export const fieldLabel = (field: string): string => fieldLabels[field] ?? field;

/** A stored value in the history, in words: "left-deltoid" reads "Left deltoid". */
export const historyValue = (field: string, value: string): string => {
  if (!value) return '(blank)';
  if (field === 'kind' && value in immunizationKindLabels) return kindLabel(value as ImmunizationKind);
  if (field === 'site' && value in immunizationSiteLabels) return siteLabel(value as ImmunizationSite);
  if (field === 'route' && value in immunizationRouteLabels) return routeLabel(value as ImmunizationRoute);
  return value;
};
