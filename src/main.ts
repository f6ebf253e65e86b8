/**
 * The bundle's public surface. Importing it has no side effects: the generated entry files
 * in dist/ (see scripts/build.ts) each call exactly one of these.
 */
export { runAction } from './actions/run-action.js';
export { runSetup } from './actions/setup.js';
export { runCli } from './cli.js';
