export const id = 666;
export const ids = [666];
export const modules = {

/***/ 7666:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.createToolkitLogger = createToolkitLogger;
const logger_js_1 = __webpack_require__(1227);
/**
 * The Logger on @actions/core itself. Loaded only on request (SHIPLINE_LOGGER=toolkit),
 * because importing @actions/core doubles an action's cold start; ActionsLogger speaks the
 * same protocol and the runner-protocol tests hold the two to the same output.
 */
async function createToolkitLogger(masker) {
    const core = await Promise.all(/* import() */[__webpack_require__.e(779), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 143));
    const props = (a) => a
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
        info: (m) => core.info((0, logger_js_1.verbatim)(masker.mask(m))),
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


/***/ })

};
