import { asc } from 'drizzle-orm';
import { problems } from '../schema';
import { versionedItems } from './chart-items';

export type ProblemRow = typeof problems.$inferSelect;

/** The problem list, alphabetical by description: the order the chart shows it in. */
export const items = versionedItems(problems, asc(problems.description), asc(problems.id));
