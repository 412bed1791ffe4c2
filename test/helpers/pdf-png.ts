import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where rendered pages go for review: CI uploads artifacts/ (issue 6 "Rendered pages are saved as PNG artifacts"). */
export const printArtifactsDir = join(import.meta.dirname, '..', '..', 'artifacts', 'print');

let warned = false;

/**
 * Saves each page of a PDF as artifacts/print/<name>-<page>.png at 80 dpi (about a fax's fine mode),
 * with poppler's pdftoppm. Where pdftoppm is not installed it says so once and saves nothing: the
 * PNGs are for people to look at, the tests' checks are on the PDF's text. The PDF goes to pdftoppm
 * on its standard input, so no copy of it is written anywhere.
 */
export const savePdfPages = (pdf: Uint8Array, name: string): string[] => {
  const found = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
  if (found.error) {
    if (!warned) console.log('pdftoppm is not installed: rendered pages are not saved as PNG (install poppler-utils).');
    warned = true;
    return [];
  }
  mkdirSync(printArtifactsDir, { recursive: true });
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pageFile = new RegExp(`^${escaped}-\\d+\\.png$`);
  for (const old of readdirSync(printArtifactsDir)) if (pageFile.test(old)) rmSync(join(printArtifactsDir, old));
  const run = spawnSync('pdftoppm', ['-png', '-r', '80', '-', join(printArtifactsDir, name)], {
    input: pdf,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  // pdftoppm numbers pages with as many digits as the last page needs (name-01.png ... name-12.png).
  return readdirSync(printArtifactsDir)
    .filter((file) => pageFile.test(file))
    .sort()
    .map((file) => join(printArtifactsDir, file));
};
