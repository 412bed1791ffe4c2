import { Box, VisuallyHidden } from '@mantine/core';
import { formatDateTime } from '../../../ui';
import { type TrendPoint, trendGeometry, trendRows, trendSummary } from './trend';

export interface VitalTrendProps {
  /** Readings in the units shown (any order); drawn oldest to newest. */
  points: TrendPoint[];
  /** The normal range in the same units, drawn as a band; absent when the vital has none. */
  normal?: { low: number; high: number };
  /** "Systolic", "Temperature". */
  label: string;
  /** "mmHg", "°F". */
  unit: string;
  /** A sparkline without axes or labels, for the face sheet. */
  compact?: boolean;
}

const size = { full: { width: 320, height: 140 }, compact: { width: 120, height: 32 } };

/**
 * One vital's readings over time, with its normal range as a band. Readings outside the range are
 * drawn as larger open marks, and a visually hidden table lists each reading with "High" or "Low",
 * so nothing depends on colour or on seeing the chart.
 */
export function VitalTrend({ points, normal, label, unit, compact = false }: VitalTrendProps) {
  const { width, height } = compact ? size.compact : size.full;
  const geometry = trendGeometry(points, normal, { width, height, compact });
  const rows = trendRows(points, normal);
  return (
    <Box>
      <svg
        role="img"
        aria-label={trendSummary(points, normal, label, unit)}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={compact ? height : undefined}
        style={{ maxWidth: compact ? width : undefined, display: 'block', overflow: 'visible' }}
      >
        {geometry.band && (
          <rect
            x={geometry.plot.left}
            y={geometry.band.top}
            width={geometry.plot.right - geometry.plot.left}
            height={Math.max(1, geometry.band.bottom - geometry.band.top)}
            style={{ fill: 'var(--mantine-color-teal-1)' }}
          />
        )}
        {!compact && (
          <>
            <line
              x1={geometry.plot.left}
              x2={geometry.plot.left}
              y1={geometry.plot.top}
              y2={geometry.plot.bottom}
              style={{ stroke: 'var(--mantine-color-gray-4)' }}
            />
            <line
              x1={geometry.plot.left}
              x2={geometry.plot.right}
              y1={geometry.plot.bottom}
              y2={geometry.plot.bottom}
              style={{ stroke: 'var(--mantine-color-gray-4)' }}
            />
            {geometry.ticks.map((tick) => (
              <text
                key={tick.label}
                x={geometry.plot.left - 4}
                y={tick.y}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize={10}
                style={{ fill: 'var(--mantine-color-dimmed)' }}
              >
                {tick.label}
              </text>
            ))}
            {geometry.dates.map((date) => (
              <text
                key={`${date.anchor}-${date.label}`}
                x={date.x}
                y={height - 2}
                textAnchor={date.anchor}
                fontSize={10}
                style={{ fill: 'var(--mantine-color-dimmed)' }}
              >
                {date.label}
              </text>
            ))}
          </>
        )}
        {geometry.marks.length > 1 && (
          <polyline
            points={geometry.marks.map((mark) => `${mark.x},${mark.y}`).join(' ')}
            fill="none"
            strokeWidth={compact ? 1.5 : 2}
            strokeLinejoin="round"
            style={{ stroke: 'var(--mantine-color-blue-6)' }}
          />
        )}
        {geometry.marks.map((mark) =>
          mark.flag ? (
            <circle
              key={mark.key}
              cx={mark.x}
              cy={mark.y}
              r={compact ? 2.5 : 4.5}
              strokeWidth={2}
              style={{ fill: 'var(--mantine-color-body)', stroke: 'var(--mantine-color-red-7)' }}
            />
          ) : (
            <circle
              key={mark.key}
              cx={mark.x}
              cy={mark.y}
              r={compact ? 1.5 : 3}
              style={{ fill: 'var(--mantine-color-blue-6)' }}
            />
          ),
        )}
      </svg>
      <VisuallyHidden>
        <table>
          <caption>
            {label} readings ({unit})
          </caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">{label}</th>
              {normal && <th scope="col">Flag</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>{formatDateTime(row.at)}</td>
                <td>
                  {row.value} {unit}
                </td>
                {normal && <td>{row.flag === 'high' ? 'High' : row.flag === 'low' ? 'Low' : 'Normal'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
}
