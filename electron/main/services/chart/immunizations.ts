import { type ChartStore, repositories, type schema } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { ImmunizationDto, ImmunizationFields, ImmunizationListDto } from '../../../contract/immunizations';
import { findCvx } from './code-sets';
import { ChartItemService } from './item-service';

type ImmunizationRow = repositories.immunizations.ImmunizationRow;

const toDto = (row: ImmunizationRow): ImmunizationDto => ({
  id: row.id,
  patientId: row.patientId,
  version: row.version,
  kind: row.kind,
  cvx: row.cvx,
  vaccine: row.vaccine,
  date: row.date,
  lot: row.lot,
  expiry: row.expiry,
  manufacturer: row.manufacturer,
  // Written only through the contract's site and route lists.
  site: row.site as ImmunizationDto['site'],
  route: row.route as ImmunizationDto['route'],
  dose: row.dose,
  administeredBy: row.administeredBy,
  visDate: row.visDate,
  refusalReason: row.refusalReason,
  comment: row.comment,
  retired: row.retired,
  retiredReason: row.retiredReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** The vaccine's name comes from the CVX list, never from the form, so a code and its name always agree. */
const toColumns = (item: ImmunizationFields) => {
  const vaccine = findCvx(item.cvx);
  if (!vaccine) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `CVX ${item.cvx} is not in the vaccine list. Pick the vaccine from the list.`,
      'cvx',
    );
  }
  if (item.kind === 'administered' && !vaccine.current) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `${vaccine.name} (CVX ${vaccine.code}) is no longer available in the US, so it cannot be recorded as given here. Record it as a historical dose, or pick the current vaccine.`,
      'cvx',
    );
  }
  return {
    kind: item.kind,
    cvx: vaccine.code,
    vaccine: vaccine.name,
    date: item.date,
    lot: item.lot,
    expiry: item.expiry,
    manufacturer: item.manufacturer,
    site: item.site,
    route: item.route,
    dose: item.dose,
    administeredBy: item.administeredBy,
    visDate: item.visDate,
    refusalReason: item.refusalReason,
    comment: item.comment,
  };
};

export const immunizationAuditDetail = (item: Pick<ImmunizationRow, 'cvx' | 'kind'>) => `CVX ${item.cvx}; ${item.kind}`;

/**
 * Immunizations (issue 4), a versioned chart item: doses given here, historical doses the patient
 * reports, and refusals. The same vaccine twice on one date is refused as a double entry.
 */
export class ImmunizationService extends ChartItemService<
  typeof schema.immunizations,
  ImmunizationFields,
  ImmunizationDto
> {
  constructor(store: () => ChartStore) {
    super(store, {
      kind: 'immunization',
      noun: 'immunization',
      items: repositories.immunizations.items,
      audit: { add: 'immunization.add', update: 'immunization.update', retire: 'immunization.retire' },
      toColumns,
      toDto,
      auditDetail: immunizationAuditDetail,
      duplicateOf: (recorded, item) => {
        const same = recorded.find((row) => row.cvx === item.cvx && row.date === item.date);
        return same
          ? { message: `${same.vaccine} on ${same.date} is already recorded. Edit that entry instead.`, field: 'cvx' }
          : null;
      },
    });
  }

  /** Every record newest first, and the retired ones. */
  grouped(patientId: number): ImmunizationListDto {
    const { active, retired } = this.list(patientId);
    return { recorded: active, retired };
  }
}
