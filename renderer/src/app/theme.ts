import { Badge, type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/** A quiet slate teal: calm on screen all day, dark enough at the primary shade for white text (about 8:1). */
const chartroom: MantineColorsTuple = [
  '#eef6f8',
  '#dcebef',
  '#b5d6df',
  '#8bbfcc',
  '#68abbb',
  '#4f9cae',
  '#2f7d90',
  '#266a7b',
  '#1d5766',
  '#134452',
];

export const theme = createTheme({
  primaryColor: 'chartroom',
  colors: { chartroom },
  // Shade 8 of every palette keeps filled buttons (e.g. red "Deactivate") at WCAG AA contrast with white text,
  // and autoContrast switches to dark text on any light fill.
  primaryShade: 8,
  autoContrast: true,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", "Segoe UI Mono", Menlo, Consolas, monospace',
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
  components: {
    // Sentence case reads calmer than Mantine's all-caps badges in dense tables.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
  },
});

/**
 * Text tones dark enough for WCAG AA (4.5:1) on white and on their own light tint. Mantine's defaults
 * for grey hints, red errors and the green/orange/yellow/teal light variants (badges, alerts) fall
 * short, which matters on a screen read all day.
 */
const readableTones: Record<string, string> = {
  red: '#a61e1e',
  orange: '#9a3a06',
  yellow: '#7a4f00',
  green: '#1e6b2c',
  teal: '#0b6152',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    ...Object.fromEntries(
      Object.entries(readableTones).flatMap(([color, tone]) => [
        [`--mantine-color-${color}-light-color`, tone],
        [`--mantine-color-${color}-text`, tone],
      ]),
    ),
  },
  dark: {},
});
