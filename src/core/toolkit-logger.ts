import { verbatim, type Annotation, type Logger } from './logger.js';
import type { Masker } from './mask.js';

/**
 * The Logger on @actions/core itself. Loaded only on request (SHIPLINE_LOGGER=toolkit),
 * because importing @actions/core doubles an action's cold start; ActionsLogger speaks the
 * same protocol and the runner-protocol tests hold the two to the same output.
 */
export async function createToolkitLogger(masker: Masker): Promise<Logger> {
  const core = await import('@actions/core');
  const props = (a?: Omit<Annotation, 'level' | 'message'>) =>
    a
      ? {
          title: a.title,
          file: a.file,
          startLine: a.line,
          endLine: a.endLine,
          startColumn: a.column,
          endColumn: a.endColumn,
        }
      : undefined;
  masker.onAdd((s) => core.setSecret(s));
  return {
    debug: (m) => core.debug(masker.mask(m)),
    info: (m) => core.info(verbatim(masker.mask(m))),
    warning: (m, at) => core.warning(masker.mask(m), props(at)),
    error: (m, at) => core.error(masker.mask(m), props(at)),
    annotate: (a) => {
      const fn = a.level === 'error' ? core.error : a.level === 'warning' ? core.warning : core.notice;
      fn(masker.mask(a.message), props(a));
    },
    startGroup: (n) => core.startGroup(n),
    endGroup: () => core.endGroup(),
    setSecret: (s) => masker.add(s),
  };
}
