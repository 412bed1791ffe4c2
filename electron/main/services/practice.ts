import { type ChartStore, repositories, withTransaction } from '../../../db';
import type { PracticeDto } from '../../contract/accounts';
import { ChartroomError } from '../../contract/errors';
import { type LetterheadLogoDto, maxLogoBytes } from '../../contract/print';
import { recordAudit } from './audit';
import type { Actor } from './context';

export const toPracticeDto = (row: repositories.practice.PracticeRow): PracticeDto => ({
  name: row.name,
  addressLine1: row.addressLine1,
  addressLine2: row.addressLine2,
  city: row.city,
  state: row.state,
  postalCode: row.postalCode,
  phone: row.phone,
  fax: row.fax,
  idleLockMinutes: row.idleLockMinutes,
  temperatureUnit: row.temperatureUnit,
  timeZone: row.timeZone,
});

export const readPractice = (store: ChartStore): repositories.practice.PracticeRow => {
  const row = repositories.practice.getPractice(store.db);
  if (!row)
    throw new ChartroomError(
      'STORE_CORRUPT',
      'The practice details are missing from the chart database. Restore from a backup.',
    );
  return row;
};

export const updatePractice = (store: ChartStore, actor: Actor, input: Omit<PracticeDto, never>): PracticeDto =>
  withTransaction(store, () => {
    const before = readPractice(store);
    repositories.practice.updatePractice(store.db, input);
    const changed = (Object.keys(input) as (keyof PracticeDto)[]).filter((k) => before[k] !== input[k]);
    recordAudit(store, {
      ...actor,
      action: 'practice.update',
      entity: 'practice',
      entityId: 1,
      detail: changed.join(','),
    });
    return toPracticeDto(readPractice(store));
  });

export const readLetterheadLogo = (store: ChartStore): LetterheadLogoDto | null => {
  const logo = repositories.practice.getLetterheadLogo(store.db);
  return logo ? { mediaType: logo.mediaType, base64: logo.bytes.toString('base64') } : null;
};

/** The first bytes every PNG and every JPEG starts with: the logo is checked by content, not by its name. */
const imageSignatures = {
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
} as const;

export const setLetterheadLogo = (
  store: ChartStore,
  actor: Actor,
  input: { logo: LetterheadLogoDto | null },
): { done: true } => {
  const bytes = input.logo ? Buffer.from(input.logo.base64, 'base64') : null;
  if (input.logo && bytes) {
    if (bytes.length > maxLogoBytes)
      throw new ChartroomError(
        'BAD_REQUEST',
        'The logo is larger than 512 KB. Save it smaller (about 600 pixels wide is plenty) and pick it again.',
        'logo',
      );
    const signature = imageSignatures[input.logo.mediaType];
    if (!bytes.subarray(0, signature.length).equals(signature))
      throw new ChartroomError(
        'BAD_REQUEST',
        `This file is not a ${input.logo.mediaType === 'image/png' ? 'PNG' : 'JPEG'} image. Pick the logo as a PNG or JPEG file.`,
        'logo',
      );
  }
  return withTransaction(store, () => {
    repositories.practice.updatePractice(store.db, {
      letterheadLogo: bytes,
      letterheadLogoType: input.logo?.mediaType ?? null,
    });
    recordAudit(store, {
      ...actor,
      action: 'practice.letterhead-logo',
      entity: 'practice',
      entityId: 1,
      detail: bytes ? `${input.logo?.mediaType}, ${bytes.length} bytes` : 'removed',
    });
    return { done: true } as const;
  });
};
