import { useState } from 'react';
import { api } from '../../../platform';
import { useResource } from '../../../ui';
import type { ChartContext } from '../chart-context';

/**
 * Starts the face sheet's request as the chart opens, beside the patient's own, when the chart opens on
 * the face sheet: its answer no longer waits for the patient's (one round trip less before the first
 * screen; ARCHITECTURE.md section 9, chart open). `take` hands the request over once; later face sheets
 * (after another tab) read afresh.
 */
export const useOpeningFaceSheet = (patientId: number, opensOnFaceSheet: boolean): ChartContext['openingFaceSheet'] => {
  const [opening] = useState(() => {
    let request = opensOnFaceSheet ? api.chart.faceSheet({ patientId }) : null;
    return {
      take: () => {
        const started = request;
        request = null;
        return started;
      },
    };
  });
  return opening;
};

/** The open chart's face sheet, in one call: the request the chart started as it opened, if any, else a new one. */
export const useFaceSheet = (patientId: number, opening: ChartContext['openingFaceSheet']) =>
  useResource(() => opening.take() ?? api.chart.faceSheet({ patientId }));
