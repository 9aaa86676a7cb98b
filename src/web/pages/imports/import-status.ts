import type { ImportStatus } from '../../api/types.ts';

const colours: Record<ImportStatus, string> = {
  uploaded: 'default',
  validating: 'processing',
  validated: 'blue',
  committing: 'processing',
  committed: 'green',
  rejected: 'orange',
  failed: 'red',
};

export function importStatusColour(status: ImportStatus): string {
  return colours[status];
}
