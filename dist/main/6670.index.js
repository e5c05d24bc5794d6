export const id = 6670;
export const ids = [6670];
export const modules = {

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
