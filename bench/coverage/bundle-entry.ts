// What the bench child loads of shipline: the parsers and the model, bundled once per run.
export { parseFile } from '../../src/coverage/parsers/index.js';
export { CoverageReport } from '../../src/coverage/model.js';
