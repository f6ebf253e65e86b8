export const id = 542;
export const ids = [542];
export const modules = {

/***/ 121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineTool = defineTool;
function defineTool(tool) {
    return tool;
}


/***/ }),

/***/ 7542:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const errors_js_1 = __webpack_require__(4296);
const tool_js_1 = __webpack_require__(121);
/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
exports.tool = (0, tool_js_1.defineTool)({
    id: 'coverage-gate',
    command: 'coverage',
    summary: 'merge coverage reports and gate on total, per-file and changed lines',
    inputs: [
        { name: 'files', description: 'Globs of coverage reports, one a line.', default: '' },
    ],
    outputs: [
        { name: 'passed', description: 'true when every gate held.' },
    ],
    parse: () => undefined,
    run: async () => {
        throw new errors_js_1.NotBuiltError('coverage');
    },
});


/***/ })

};
