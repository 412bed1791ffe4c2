/** The chart feature's public face: one patient's chart, opened by id. */
export { ChartPage, type ChartPageProps } from './ChartPage';
export type { ChartSectionId } from './chart-context';
export { type DemographicsGroup, DemographicsView } from './demographics/DemographicsView';
