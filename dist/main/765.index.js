export const id = 765;
export const ids = [765,6670];
export const modules = {

/***/ 60765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _shared_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72018);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const ACTIONS = {
    build: () => __webpack_require__.e(/* import() */ 4344).then(__webpack_require__.bind(__webpack_require__, 64344)),
    publish: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3838), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(7445), __webpack_require__.e(9888), __webpack_require__.e(1041)]).then(__webpack_require__.bind(__webpack_require__, 94)),
    stage: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3838), __webpack_require__.e(4101), __webpack_require__.e(1950), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1913), __webpack_require__.e(1673), __webpack_require__.e(7445), __webpack_require__.e(8638), __webpack_require__.e(9957), __webpack_require__.e(8796), __webpack_require__.e(5329), __webpack_require__.e(5723), __webpack_require__.e(503), __webpack_require__.e(9888), __webpack_require__.e(3636), __webpack_require__.e(4180), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 70948)),
    trace: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3838), __webpack_require__.e(3198), __webpack_require__.e(8638), __webpack_require__.e(4180), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 47261)),
    dashboard: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3838), __webpack_require__.e(4101), __webpack_require__.e(3198), __webpack_require__.e(11), __webpack_require__.e(1673), __webpack_require__.e(8638), __webpack_require__.e(9888), __webpack_require__.e(7710), __webpack_require__.e(2302)]).then(__webpack_require__.bind(__webpack_require__, 94836))
};
/**
 * Runs one action by name; `root` reads the `command` input of the top-level action.yml.
 * Each action's code loads only when it runs.
 */
async function runAction(name) {
    try {
        const command = name === 'root' ? (0,_shared_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)('command') : name;
        // The message @actions/core's getInput(…, { required: true }) gives, which users may know.
        if (command === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Input required and not supplied: command');
        const load = ACTIONS[command];
        if (!load) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`command "${command}" is not one of: ${Object.keys(ACTIONS).join(', ')}`);
        }
        await (await load()).run();
    }
    catch (error) {
        (0,_shared_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .failStep */ .vy)(error);
    }
}


/***/ }),

/***/ 72018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   vF: () => (/* binding */ setOutputEarly),
/* harmony export */   vy: () => (/* binding */ failStep)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76670);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);





// What an action does before it knows its inputs are good: read them, set an output's default,
// mask a secret, fail the step. These follow the runner's documented contract exactly as
// @actions/core writes it, so that a step with a wrong input fails without loading
// @actions/core, whose OIDC client pulls in an HTTP stack (a megabyte of code, half the start).
/** An input as the runner passes it (INPUT_<NAME>), trimmed, '' when not given: core.getInput. */
function readInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
// Data of a workflow command: %, CR and LF escaped, as the runner reads it back.
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Sets a step output: a GITHUB_OUTPUT file command, or the older ::set-output line. */
function setOutputEarly(name, value) {
    const file = process.env['GITHUB_OUTPUT'];
    if (!file) {
        process.stdout.write(`${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::set-output name=${name}::${escapeData(value)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}
/** Masks a secret in the job log from here on. */
function maskSecret(value) {
    if (value)
        process.stdout.write(`::add-mask::${escapeData(value)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** Fails the step with what went wrong, credentials in URIs redacted (core.setFailed). */
function failStep(error) {
    process.exitCode = 1;
    process.stdout.write(`::error::${escapeData((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactCredentials */ .U)((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)))}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
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
