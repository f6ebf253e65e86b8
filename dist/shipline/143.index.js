export const id = 143;
export const ids = [143];
export const modules = {

/***/ 121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineTool = defineTool;
function defineTool(tool) {
    return tool;
}


/***/ }),

/***/ 5143:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const errors_js_1 = __webpack_require__(4296);
const tool_js_1 = __webpack_require__(121);
/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
exports.tool = (0, tool_js_1.defineTool)({
    id: 'lint-gate',
    command: 'lint',
    summary: 'run linters in parallel on changed files, inside a time budget',
    inputs: [
        { name: 'config', description: 'Path of the lint config file.', default: '.shipline/lint.yml' },
    ],
    outputs: [
        { name: 'result', description: 'passed or failed.' },
    ],
    parse: () => undefined,
    run: async () => {
        throw new errors_js_1.NotBuiltError('lint');
    },
});


/***/ })

};
