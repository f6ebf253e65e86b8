export const id = 684;
export const ids = [684];
export const modules = {

/***/ 121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineTool = defineTool;
function defineTool(tool) {
    return tool;
}


/***/ }),

/***/ 684:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const errors_js_1 = __webpack_require__(4296);
const tool_js_1 = __webpack_require__(121);
/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
exports.tool = (0, tool_js_1.defineTool)({
    id: 'shard',
    command: 'shard',
    summary: 'split a test suite into shards balanced by measured time',
    inputs: [
        { name: 'tests', description: 'Globs of test files, one a line.', default: '' },
        { name: 'shards', description: 'Number of shards, or auto.', default: 'auto' },
    ],
    outputs: [
        { name: 'matrix', description: 'The job matrix as JSON.' },
    ],
    parse: () => undefined,
    run: async () => {
        throw new errors_js_1.NotBuiltError('shard');
    },
});


/***/ })

};
