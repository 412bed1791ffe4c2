import { createHash } from 'node:crypto';
import { type ChartStore, foldForSearch, repositories, withTransaction } from '../../../../db';
import type { Icd10SourceDto } from '../../../contract/code-sets';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { byWords, icd10StarterCount, searchIcd10Starter } from './code-sets';
import { parseCmsIcd10 } from './icd10-cms-file';

/** FTS5 phrase for one typed word, as a prefix: "diab" → "diab"*. */
const prefixToken = (token: string): string => `"${token.replaceAll('"', '""')}"*`;

/**
 * The ICD-10-CM codes problems are picked from: the starter set shipped in resources/code-sets, or,
 * once the office manager imports it, the full CMS code file, stored in the encrypted store (so it
 * is backed up and restored with the charts) and searched through FTS5.
 */
export class Icd10Codes {
  readonly #store: () => ChartStore;
  constructor(store: () => ChartStore) {
    this.#store = store;
  }

  source(): Icd10SourceDto {
    const db = this.#store().db;
    const imported = repositories.codeSets.currentImport(db, 'icd10cm');
    if (!imported) {
      return { source: 'starter', codeCount: icd10StarterCount, fileName: '', importedAt: '', importedBy: '' };
    }
    return {
      source: 'cms',
      codeCount: imported.codeCount,
      fileName: imported.fileName,
      importedAt: imported.importedAt,
      importedBy: repositories.users.getUser(db, imported.importedBy)?.fullName ?? '',
    };
  }

  search(query: string, limit: number): { code: string; name: string }[] {
    const db = this.#store().db;
    if (!repositories.codeSets.currentImport(db, 'icd10cm')) return searchIcd10Starter(query, limit);
    const trimmed = query.trim();
    if (trimmed === '') return [];
    if (/^[a-z]\d/i.test(trimmed) && !trimmed.includes(' ')) {
      const compact = trimmed
        .replace('.', '')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');
      return repositories.codeSets.searchImportedIcd10(db, `compact : ${prefixToken(compact)}`, limit);
    }
    const tokens = foldForSearch(trimmed).split(' ').filter(Boolean);
    if (tokens.length === 0) return [];
    const match = tokens.map((token) => `name : ${prefixToken(token)}`).join(' AND ');
    // FTS5 ranks by relevance; the words typed in order ("type 2 diab") then come first, as in the starter set.
    const candidates = repositories.codeSets
      .searchImportedIcd10(db, match, Math.max(limit * 10, 200))
      .map((row) => ({ ...row, words: foldForSearch(row.name).split(' ') }));
    return byWords(candidates, trimmed)
      .slice(0, limit)
      .map(({ code, name }) => ({ code, name }));
  }

  /** Replaces the codes in one transaction: the whole file or nothing (a refused file leaves the set as it was). */
  importCmsFile(actor: Actor, input: { fileName: string; contentBase64: string }): Icd10SourceDto {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const codes = parseCmsIcd10(bytes.toString('latin1'));
    const store = this.#store();
    withTransaction(store, () => {
      repositories.codeSets.replaceIcd10(store.db, codes);
      repositories.codeSets.recordImport(store.db, {
        system: 'icd10cm',
        fileName: input.fileName,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        codeCount: codes.length,
        importedAt: new Date().toISOString(),
        importedBy: actor.userId,
      });
      recordAudit(store, { ...actor, action: 'codes.import-icd10', detail: `${codes.length} codes` });
    });
    return this.source();
  }
}
