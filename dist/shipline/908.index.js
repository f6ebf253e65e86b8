export const id = 908;
export const ids = [908];
export const modules = {

/***/ 121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineTool = defineTool;
function defineTool(tool) {
    return tool;
}


/***/ }),

/***/ 6908:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const errors_js_1 = __webpack_require__(4296);
const tool_js_1 = __webpack_require__(121);
/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
exports.tool = (0, tool_js_1.defineTool)({
    id: 'docker-build',
    command: 'docker-build',
    summary: 'build and push a SHA-tagged image, skipped when it exists',
    inputs: [
        { name: 'image', description: 'Image name without tag, e.g. ghcr.io/acme/api.', required: true },
        { name: 'dry-run', description: 'auto, true or false; auto is dry under act.', default: 'auto' },
    ],
    outputs: [
        { name: 'image-ref', description: 'name@digest of the pushed image.' },
    ],
    parse: () => undefined,
    run: async () => {
        throw new errors_js_1.NotBuiltError('docker-build');
    },
});


/***/ })

};
