/** The chart feature's public face: one patient's chart, opened by id. */
export { ChartPage, type ChartPageProps } from './ChartPage';
