import type { ParameterValue, SubsidyLine, SubsidyLineView } from './policy-packs.contracts.ts';

export type SubsidyParameterReading =
  | { isComplete: true; values: Record<string, ParameterValue> }
  | { isComplete: false; openParameters: string[] };

/** The codes of required parameters the pack leaves open (value null). */
export function openParametersOf(line: SubsidyLine): string[] {
  return line.parameters.filter((parameter) => parameter.required && parameter.value === null).map((parameter) => parameter.code);
}

/**
 * What a subsidy calculator reads before computing: the parameter values, or the list of required
 * ones still open. A calculator must refuse to compute while any is open; there is no default.
 */
export function readSubsidyParameters(line: SubsidyLine): SubsidyParameterReading {
  const openParameters = openParametersOf(line);
  if (openParameters.length > 0) return { isComplete: false, openParameters };
  return { isComplete: true, values: Object.fromEntries(line.parameters.map((parameter) => [parameter.code, parameter.value])) };
}

export function viewOfSubsidyLine(line: SubsidyLine): SubsidyLineView {
  const openParameters = openParametersOf(line);
  return {
    ...line,
    parameters: line.parameters.map((parameter) => ({ ...parameter, isOpen: parameter.value === null })),
    openParameters,
    isComputable: openParameters.length === 0,
  };
}
