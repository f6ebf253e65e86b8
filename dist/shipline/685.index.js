export const id = 685;
export const ids = [685];
export const modules = {

/***/ 121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineTool = defineTool;
function defineTool(tool) {
    return tool;
}


/***/ }),

/***/ 1685:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const errors_js_1 = __webpack_require__(4296);
const tool_js_1 = __webpack_require__(121);
/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
exports.tool = (0, tool_js_1.defineTool)({
    id: 'k8s-deploy',
    command: 'deploy',
    summary: 'roll an image out with kubectl, fail fast and roll back',
    inputs: [
        { name: 'deployments', description: 'Deployments to roll out, one a line.', default: '' },
        { name: 'dry-run', description: 'auto, true, false or server; auto is dry under act.', default: 'auto' },
    ],
    outputs: [
        { name: 'result', description: 'deployed, rolled-back or failed.' },
    ],
    parse: () => undefined,
    run: async () => {
        throw new errors_js_1.NotBuiltError('deploy');
    },
});


/***/ })

};
