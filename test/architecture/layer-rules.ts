import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';

/**
 * The layer rules of ARCHITECTURE.md section 2 as code (VS Code's "layer checker" idea): given each
 * source file's import specifiers, list every import a layer may not make. Paths are repo-relative
 * with forward slashes.
 */
export interface SourceFile {
  path: string;
  imports: string[];
}

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const serverOnlyPackages = [
  'electron',
  'better-sqlite3',
  'drizzle-orm',
  '@node-rs/argon2',
  '@zxcvbn-ts/language-common',
];

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);

/** Resolves a relative import to a repo-relative path (without extension); bare imports stay as they are. */
export const resolveImport = (from: string, specifier: string): string =>
  specifier.startsWith('.') ? normalize(join(dirname(from), specifier)).replace(/\\/g, '/') : specifier;

const isRelative = (specifier: string) => specifier.startsWith('.');
const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const isIndex = (target: string, folder: string) => target === folder || target === `${folder}/index`;

export const layerViolations = (files: SourceFile[]): string[] => {
  const violations: string[] = [];
  for (const file of files) {
    for (const specifier of file.imports) {
      const target = resolveImport(file.path, specifier);
      const bare = !isRelative(specifier);
      const pkg = bare ? packageName(specifier) : '';
      const report = (rule: string) => violations.push(`${file.path} imports "${specifier}": ${rule}`);

      if (
        !bare &&
        (under(target, 'test') || under(target, 'scripts')) &&
        !under(file.path, 'test') &&
        !under(file.path, 'scripts')
      ) {
        report('rule 7: production code never imports test/ or scripts/');
      }
      if (under(file.path, 'renderer/src')) {
        if (bare && (nodeBuiltins.has(specifier) || serverOnlyPackages.includes(pkg)))
          report('rule 1: the renderer imports UI packages only');
        if (!bare && !under(target, 'renderer') && !under(target, 'electron/contract'))
          report('rule 1: the renderer imports only electron/contract');
        const feature = file.path.match(/^renderer\/src\/features\/([^/]+)\//)?.[1];
        const targetFeature = target.match(/^renderer\/src\/features\/([^/]+)(\/|$)/)?.[1];
        if (
          !bare &&
          feature &&
          targetFeature &&
          feature !== targetFeature &&
          !isIndex(target, `renderer/src/features/${targetFeature}`)
        ) {
          report('rule 6: a feature reaches another feature only through its index.ts');
        }
      }
      if (under(file.path, 'electron/preload')) {
        if (bare && specifier !== 'electron') report('rule 2: the preload imports only the contract and electron');
        if (!bare && !under(target, 'electron/preload') && !under(target, 'electron/contract'))
          report('rule 2: the preload imports only the contract and electron');
      }
      if (under(file.path, 'electron/contract')) {
        if (bare && pkg !== 'zod') report('rule 3: the contract imports zod only');
        if (!bare && !under(target, 'electron/contract')) report('rule 3: the contract is a leaf');
      }
      if (under(file.path, 'electron/main/services') || under(file.path, 'db')) {
        if (bare && pkg === 'electron') report("rule 4: services and db never import 'electron'");
        if (
          !bare &&
          (under(target, 'renderer') || under(target, 'electron/preload') || under(target, 'electron/main/shell'))
        ) {
          report('rule 4: services and db never import the renderer, the preload or the shell');
        }
      }
      if (
        (under(file.path, 'electron/main') || under(file.path, 'scripts')) &&
        !bare &&
        under(target, 'db') &&
        !isIndex(target, 'db')
      ) {
        report('rule 5: electron/main and scripts reach db only through db/index.ts');
      }
      // The app's main bundle must never carry Playwright (a development dependency): only the preview
      // folder, which the Electron entry never reaches, may use it (its PDF port, ARCHITECTURE.md section 6).
      const inPreview = under(file.path, 'electron/main/preview');
      if (!under(file.path, 'test') && !under(file.path, 'scripts')) {
        if (bare && (pkg === 'playwright-core' || pkg === 'playwright' || pkg === '@playwright/test') && !inPreview)
          report('rule 8: only electron/main/preview uses Playwright');
        if (!bare && under(target, 'electron/main/preview') && !inPreview)
          report('rule 8: only the preview script and the tests start the preview transport and its PDF port');
      }
      const mayImportElectron =
        under(file.path, 'electron/main/shell') ||
        file.path === 'electron/main/index.ts' ||
        under(file.path, 'electron/preload');
      if (
        bare &&
        pkg === 'electron' &&
        !mayImportElectron &&
        !under(file.path, 'test') &&
        !under(file.path, 'scripts')
      ) {
        report("only electron/main/shell, electron/main/index.ts and the preload import 'electron'");
      }
    }
  }
  return violations;
};

/** Every import, export-from, dynamic import and require specifier in a source text. */
export const importSpecifiers = (source: string): string[] => {
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers;
};
