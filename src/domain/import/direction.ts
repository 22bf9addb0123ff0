import type { Direction, TargetDef } from '../plan/format.js';

/** Which way is better, as the first target with a side says; null when none says. */
export function directionOf(targets: readonly TargetDef[]): Direction | null {
  for (const t of targets) {
    switch (t.comparator) {
      case '>=':
      case '>':
      case 'increase':
      case 'increase_by':
        return 'up';
      case '<=':
      case '<':
      case 'decrease':
        return 'down';
      case 'about':
      case 'range':
      case 'stable':
        return 'target';
      case 'maintain':
        if (t.bound) return t.bound === '>=' ? 'up' : 'down';
        break;
      default:
        break;
    }
  }
  return null;
}
