export const id = 765;
export const ids = [765];
export const modules = {

/***/ 60765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _shared_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79453);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



const ACTIONS = {
    build: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(5525), __webpack_require__.e(6893), __webpack_require__.e(4722), __webpack_require__.e(2747), __webpack_require__.e(4935)]).then(__webpack_require__.bind(__webpack_require__, 84995)),
    publish: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(7445), __webpack_require__.e(5525), __webpack_require__.e(2747), __webpack_require__.e(94)]).then(__webpack_require__.bind(__webpack_require__, 94)),
    stage: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(4101), __webpack_require__.e(1950), __webpack_require__.e(577), __webpack_require__.e(11), __webpack_require__.e(7445), __webpack_require__.e(5525), __webpack_require__.e(6893), __webpack_require__.e(5986), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(4016), __webpack_require__.e(2931), __webpack_require__.e(6746), __webpack_require__.e(2747), __webpack_require__.e(8567)]).then(__webpack_require__.bind(__webpack_require__, 88567)),
    trace: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(5525), __webpack_require__.e(6893), __webpack_require__.e(7261)]).then(__webpack_require__.bind(__webpack_require__, 47261))
};
/**
 * Runs one action by name; `root` reads the `command` input of the top-level action.yml.
 * Each action's code loads only when it runs.
 */
async function runAction(name) {
    try {
        const command = name === 'root' ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('command', { required: true }) : name;
        const load = ACTIONS[command];
        if (!load) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`command "${command}" is not one of: ${Object.keys(ACTIONS).join(', ')}`);
        }
        await (await load()).run();
    }
    catch (error) {
        (0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .failStep */ .O)(error);
    }
}


/***/ }),

/***/ 79453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ failStep),
/* harmony export */   v: () => (/* binding */ actionLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76670);



function properties(where) {
    if (!where)
        return {};
    return {
        ...(where.file ? { file: where.file } : {}),
        ...(where.line ? { startLine: where.line } : {}),
        ...(where.column ? { startColumn: where.column } : {}),
        ...(where.title ? { title: where.title } : {})
    };
}
/** The domain's logger as workflow commands: log lines, annotations and masks. */
const actionLogger = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactCredentials */ .U)(message)),
    warning: (message, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactCredentials */ .U)(message), properties(where)),
    error: (message, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactCredentials */ .U)(message), properties(where)),
    secret: (value) => {
        if (value)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
};
/** Fails the step with what went wrong, credentials in URIs redacted. */
function failStep(error) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactCredentials */ .U)((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)));
}


/***/ }),

/***/ 76670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ redactCredentials),
/* harmony export */   m: () => (/* binding */ hasUserinfo)
/* harmony export */ });
/** `scheme://user:password@` in any text: a URI that carries credentials. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/:@]*):([^\s/@]+)@/gi;
/**
 * Text with the password of every `scheme://user:password@host` replaced by `***`, so a
 * repository or API URI a user wrote with credentials never reaches a log, a message or a record.
 */
function redactCredentials(text) {
    return text.replace(USERINFO, (_, scheme, user) => `${scheme}${user}:***@`);
}
/** Whether a URI carries credentials in its userinfo part (`user:password@`, or `token@`). */
function hasUserinfo(uri) {
    const match = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(uri);
    return match !== null && match[1].includes('@');
}


/***/ })

};
