import { appToRawRatio, rowsPerSecond, type Measurement } from './measurement.ts';

const whole = (value: number) => Math.round(value).toLocaleString('en-US');
const fixed = (value: number, digits: number) => value.toFixed(digits);

/** The measurements side by side: rows/s of the app and of the raw load, their ratio and whether the target is met. */
export function formatMeasurements(measurements: Measurement[]): string {
  const header = ['entry', 'backend', 'rows', 'app s', 'app rows/s', 'raw s', 'raw rows/s', 'app/raw', 'target', 'met'];
  const lines = measurements.map((measurement) => {
    const ratio = appToRawRatio(measurement);
    return [
      measurement.entry,
      measurement.backend,
      whole(measurement.rows),
      fixed(measurement.appSeconds, 1),
      whole(rowsPerSecond(measurement.rows, measurement.appSeconds)),
      fixed(measurement.rawSeconds, 1),
      whole(rowsPerSecond(measurement.rows, measurement.rawSeconds)),
      fixed(ratio, 2),
      `≥ ${fixed(measurement.targetRatio, 2)}`,
      ratio >= measurement.targetRatio ? 'yes' : 'no',
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const isLeftAligned = (column: number) => column < 2 || column === header.length - 1;
  const render = (cells: string[]) => cells.map((cell, column) => (isLeftAligned(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const out = [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(render)];
  for (const measurement of measurements) {
    out.push(`${measurement.entry} [${measurement.backend}]: ${measurement.label}`);
    if (measurement.appPhases) {
      const phases = Object.entries(measurement.appPhases).map(([name, seconds]) => `${name} ${fixed(seconds, 1)} s`);
      out.push(`  app: ${phases.join(', ')}`);
    }
    if (measurement.appCpuSeconds !== undefined && measurement.rawCpuSeconds !== undefined) {
      out.push(`  Node.js CPU: app ${fixed(measurement.appCpuSeconds, 1)} s, raw ${fixed(measurement.rawCpuSeconds, 1)} s`);
    }
  }
  return out.join('\n');
}
