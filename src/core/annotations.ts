import type { Annotation, AnnotationLevel, Logger } from './logger.js';
import { Summary } from './summary.js';

/**
 * GitHub shows at most 10 annotations of each level per step and 50 per job; the rest are
 * dropped silently. So we emit within the caps and put the full list in the summary.
 */
export const PER_STEP_CAP = 10;
export const PER_JOB_CAP = 50;

export interface EmitResult {
  emitted: Annotation[];
  held: Annotation[];
}

const ORDER: AnnotationLevel[] = ['error', 'warning', 'notice'];

export class AnnotationSink {
  private readonly items: Annotation[] = [];

  add(a: Annotation): void {
    this.items.push(a);
  }
  get all(): readonly Annotation[] {
    return this.items;
  }

  /** Pick what GitHub will display (errors first), emit those, and return the rest. */
  emit(logger: Logger, perStep = PER_STEP_CAP, perJob = PER_JOB_CAP): EmitResult {
    const emitted: Annotation[] = [];
    const held: Annotation[] = [];
    const counts: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
    const sorted = [...this.items].sort((a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level));
    for (const a of sorted) {
      if (counts[a.level] < perStep && emitted.length < perJob) {
        counts[a.level]++;
        emitted.push(a);
        logger.annotate(a);
      } else held.push(a);
    }
    return { emitted, held };
  }
}

/** The full list as a summary table, saying how many GitHub could not show. */
export function annotationTable(all: readonly Annotation[], held: number, limit = 1000): Summary {
  const s = new Summary();
  if (!all.length) return s;
  s.heading(`Findings (${all.length})`, 3);
  if (held > 0)
    s.paragraph(
      `GitHub displays at most ${PER_STEP_CAP} annotations of each level per step: ${held} more are listed only here.`,
    );
  const rows = all
    .slice(0, limit)
    .map((a) => [a.level, a.file ? `${a.file}${a.line ? `:${a.line}` : ''}` : '', a.title ?? '', a.message]);
  s.table(['level', 'where', 'rule', 'message'], rows);
  if (all.length > limit) s.paragraph(`…and ${all.length - limit} more; see the report file.`);
  return s;
}
