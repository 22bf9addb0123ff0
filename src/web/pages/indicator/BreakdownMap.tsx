import { MapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { registerMap, use as register } from 'echarts/core';
import { useMemo } from 'react';
import Chart from '../../charts/Chart.js';

// The map parts are registered here, not with the shared charts, so only pages with boundaries fetch them.
register([MapChart, VisualMapComponent]);

export interface Boundaries {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; properties: { code: string; name: string }; geometry: unknown }>;
}

/** The breakdown drawn on the uploaded boundaries of the region's children, coloured by value. Load it lazily. */
export default function BreakdownMap(props: { region: string; boundaries: Boundaries; values: Array<{ name: string; value: number }>; seriesName: string; label: string }) {
  const { region, boundaries, values, seriesName } = props;
  const option = useMemo(() => {
    const mapName = `boundaries-${region}`;
    registerMap(mapName, boundaries as unknown as Parameters<typeof registerMap>[1]);
    const numbers = values.map((v) => v.value);
    return {
      tooltip: { trigger: 'item' },
      // Units without a value stay uncoloured; the scale appears once any unit has one.
      ...(numbers.length > 0 && { visualMap: { min: Math.min(...numbers), max: Math.max(...numbers), calculable: true, left: 'left', bottom: 0 } }),
      series: [{ type: 'map', map: mapName, name: seriesName, data: values, label: { show: true }, roam: false }],
    };
  }, [region, boundaries, values, seriesName]);
  return <Chart option={option} label={props.label} height={360} />;
}
