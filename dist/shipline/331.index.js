export const id = 331;
export const ids = [331];
export const modules = {

/***/ 121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineTool = defineTool;
function defineTool(tool) {
    return tool;
}


/***/ }),

/***/ 3331:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const errors_js_1 = __webpack_require__(4296);
const tool_js_1 = __webpack_require__(121);
/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
exports.tool = (0, tool_js_1.defineTool)({
    id: 'notify',
    command: 'notify',
    summary: 'tell the team which job and step failed, with log links',
    inputs: [
        { name: 'webhook-url', description: 'Slack incoming webhook or any URL (a secret).', default: '', secret: true, env: 'SHIPLINE_WEBHOOK_URL' },
        { name: 'dry-run', description: 'auto, true or false; auto is dry under act.', default: 'auto' },
    ],
    outputs: [
        { name: 'sent', description: 'true when the message was delivered.' },
    ],
    parse: () => undefined,
    run: async () => {
        throw new errors_js_1.NotBuiltError('notify');
    },
});


/***/ })

};
