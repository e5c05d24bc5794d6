export const id = 9453;
export const ids = [9453];
export const modules = {

/***/ 79453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionLogger: () => (/* binding */ actionLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _progress_choose_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57540);
/* harmony import */ var _progress_plain_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90775);
/* harmony import */ var _progress_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38864);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76670);





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
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(message)),
    warning: (message, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(message), properties(where)),
    error: (message, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.error((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(message), properties(where)),
    secret: (value) => {
        if (value)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
    },
    // A job log cannot redraw a line: a plain line every ten seconds while long work lasts.
    progress: new _progress_plain_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .PlainProgress */ .E((line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(line)), _progress_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml, (0,_progress_choose_js__WEBPACK_IMPORTED_MODULE_1__/* .plainInterval */ .O)(process.env))
};


/***/ }),

/***/ 57540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ plainInterval),
  L: () => (/* binding */ progressFor)
});

// EXTERNAL MODULE: ./src/progress/plain-progress.ts
var plain_progress = __webpack_require__(90775);
// EXTERNAL MODULE: ./src/progress/progress.ts
var progress = __webpack_require__(38864);
// EXTERNAL MODULE: ./src/progress/progress-text.ts
var progress_text = __webpack_require__(13778);
// EXTERNAL MODULE: ./src/progress/rate.ts
var rate = __webpack_require__(30773);
;// CONCATENATED MODULE: ./src/progress/terminal-progress.ts



/** Redraws at most this often: a terminal cannot show more, and each redraw costs a write. */
const REDRAW_MS = 100;
// Back to the start of the line, and erase from the cursor to its end.
const HOME = '\r';
const ERASE = '\u001b[K';
/**
 * Progress on a terminal: one line, redrawn in place (bytes, percent, rate, time left), ended
 * with a newline when the work ends. Log lines go through `printLine`, which clears the
 * progress line, prints above it and draws it again, so the two never mix.
 */
class TerminalProgress {
    stream;
    clock;
    current;
    /** A progress line is on the screen, without a newline after it. */
    onScreen = false;
    constructor(stream, clock = progress/* systemClock */.ml) {
        this.stream = stream;
        this.clock = clock;
    }
    start(label, total) {
        const shown = { label, total, done: 0, meter: new rate/* RateMeter */.U(), drawnAt: undefined };
        const set = (done) => {
            shown.done = done;
            const now = this.clock.now();
            shown.meter.add(now, done);
            this.current = shown;
            if (shown.drawnAt === undefined || now - shown.drawnAt >= REDRAW_MS)
                this.draw(shown, now);
        };
        let ended = false;
        return {
            update: (done) => set(done),
            advance: (bytes) => set(shown.done + bytes),
            end: () => {
                if (ended)
                    return;
                ended = true;
                if (this.current !== shown)
                    return;
                if (shown.drawnAt !== undefined)
                    this.draw(shown, this.clock.now());
                if (this.onScreen)
                    this.stream.write('\n');
                this.onScreen = false;
                this.current = undefined;
            }
        };
    }
    /** Writes a line of text (a log message) above the progress line. */
    printLine(text) {
        if (this.onScreen)
            this.stream.write(`${HOME}${ERASE}`);
        this.stream.write(text.endsWith('\n') ? text : `${text}\n`);
        this.onScreen = false;
        if (this.current?.drawnAt !== undefined)
            this.draw(this.current, this.clock.now());
    }
    draw(shown, now) {
        // A terminal that does not tell its width (0 or none) is taken to be 80 wide.
        const columns = this.stream.columns !== undefined && this.stream.columns > 0 ? this.stream.columns : 80;
        const width = Math.max(20, columns - 1);
        let line = (0,progress_text/* progressText */.l_)({ ...shown, rate: shown.meter.rate() });
        if (line.length > width)
            line = `${line.slice(0, width - 1)}…`;
        this.stream.write(`${HOME}${line}${ERASE}`);
        this.onScreen = true;
        shown.drawnAt = now;
    }
}

// EXTERNAL MODULE: ./src/progress/terminal.ts
var progress_terminal = __webpack_require__(40335);
;// CONCATENATED MODULE: ./src/progress/choose.ts




/**
 * How often plain lines are written: MXDEPLOY_PROGRESS_SECONDS (a log that wants fewer or more
 * lines), else every ten seconds.
 */
function plainInterval(env) {
    const text = env['MXDEPLOY_PROGRESS_SECONDS'];
    const seconds = text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
    return seconds !== undefined ? seconds * 1000 : plain_progress/* PLAIN_INTERVAL_MS */.C;
}
/**
 * Progress for a stream: nothing with `quiet`; plain lines every ten seconds in GitHub Actions,
 * into a pipe or a file, or with NO_COLOR; one updating line on a terminal.
 */
function progressFor(stream, env, options = {}) {
    const clock = options.clock ?? progress/* systemClock */.ml;
    const plainLine = (text) => {
        stream.write(text.endsWith('\n') ? text : `${text}\n`);
    };
    if (options.quiet)
        return { reporter: progress/* silentProgress */.RZ, printLine: plainLine };
    if (env['GITHUB_ACTIONS'] === 'true' || !(0,progress_terminal/* controlSequencesAllowed */.C)(stream, env)) {
        return {
            reporter: new plain_progress/* PlainProgress */.E(plainLine, clock, plainInterval(env)),
            printLine: plainLine
        };
    }
    const terminal = new TerminalProgress(stream, clock);
    return { reporter: terminal, printLine: (text) => terminal.printLine(text) };
}


/***/ }),

/***/ 90775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ PLAIN_INTERVAL_MS),
/* harmony export */   E: () => (/* binding */ PlainProgress)
/* harmony export */ });
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38864);
/* harmony import */ var _progress_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13778);
/* harmony import */ var _rate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30773);



/** How often a line is written where lines cannot be redrawn: a log, not a flood. */
const PLAIN_INTERVAL_MS = 10_000;
/**
 * Progress where lines cannot be redrawn (GitHub Actions logs, pipes, files): a plain line every
 * ten seconds while the work lasts, and one when it ends if any was written. Work that ends
 * sooner writes nothing. No control characters.
 */
class PlainProgress {
    writeLine;
    clock;
    intervalMs;
    constructor(writeLine, clock = _progress_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml, intervalMs = PLAIN_INTERVAL_MS) {
        this.writeLine = writeLine;
        this.clock = clock;
        this.intervalMs = intervalMs;
    }
    start(label, total) {
        const meter = new _rate_js__WEBPACK_IMPORTED_MODULE_1__/* .RateMeter */ .U();
        let done = 0;
        let last = this.clock.now();
        let wrote = false;
        let ended = false;
        const line = () => (0,_progress_text_js__WEBPACK_IMPORTED_MODULE_2__/* .progressText */ .l_)({ label, done, total, rate: meter.rate() });
        const set = (value) => {
            done = value;
            const now = this.clock.now();
            meter.add(now, done);
            if (now - last >= this.intervalMs) {
                this.writeLine(line());
                last = now;
                wrote = true;
            }
        };
        meter.add(last, 0);
        return {
            update: (value) => set(value),
            advance: (bytes) => set(done + bytes),
            end: () => {
                if (ended)
                    return;
                ended = true;
                if (wrote)
                    this.writeLine(line());
            }
        };
    }
}


/***/ }),

/***/ 13778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l_: () => (/* binding */ progressText)
/* harmony export */ });
/* unused harmony export formatSeconds */
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1080);
// How progress reads: `uploading hello.mda  123 MB of 370 MB (33%), 45.6 MB/s, 6 s left`.


/** Seconds as a short duration: 5 s, 2 min 5 s, 1 h 3 min. */
function formatSeconds(seconds) {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s} s`;
    if (s < 3600)
        return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
    const minutes = Math.round(s / 60);
    return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`;
}
/** One line of progress: what, how much of how much, the rate, and the time left when known. */
function progressText({ label, done, total, rate }) {
    const parts = [];
    if (total !== undefined && total > 0) {
        const shown = Math.min(done, total);
        const percent = Math.floor((shown / total) * 100);
        parts.push(`${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(shown)} of ${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(total)} (${percent}%)`);
    }
    else {
        parts.push((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(done));
    }
    if (rate !== undefined && rate > 0) {
        parts.push(`${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(rate)}/s`);
        if (total !== undefined && total > done)
            parts.push(`${formatSeconds((total - done) / rate)} left`);
    }
    // A file name with a control character in it must not move the cursor.
    // eslint-disable-next-line no-control-regex
    return `${label.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')}  ${parts.join(', ')}`;
}


/***/ }),

/***/ 38864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ withProgress),
/* harmony export */   RZ: () => (/* binding */ silentProgress),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export startProgress */
/**
 * Progress of long work (packing, uploads, downloads) as the domain reports it, without knowing
 * who shows it: a terminal's updating line, a plain line every few seconds in a log, or nothing.
 */
const systemClock = { now: () => Date.now() };
const IGNORED = {
    update: () => undefined,
    advance: () => undefined,
    end: () => undefined
};
/** Shows nothing: `--quiet`, and code that was given no reporter. */
const silentProgress = { start: () => IGNORED };
/** A task of `reporter`, or one that shows nothing when there is none. */
function startProgress(reporter, label, total) {
    return reporter ? reporter.start(label, total) : IGNORED;
}
/** Runs `work` with a task that ends when the work does, whether it succeeds or fails. */
async function withProgress(reporter, label, total, work) {
    const task = startProgress(reporter, label, total);
    try {
        return await work(task);
    }
    finally {
        task.end();
    }
}


/***/ }),

/***/ 30773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ RateMeter)
/* harmony export */ });
/** How far back the rate looks: long enough to be steady, short enough to follow a change. */
const WINDOW_MS = 5_000;
/**
 * Bytes per second over the last few seconds, from samples of (time, bytes done). A count that
 * goes back (a resumed upload) starts the measurement again.
 */
class RateMeter {
    samples = [];
    add(at, done) {
        const last = this.samples.at(-1);
        if (last && done < last.done)
            this.samples = [];
        this.samples.push({ at, done });
        while (this.samples.length > 2 && at - this.samples[1].at >= WINDOW_MS)
            this.samples.shift();
    }
    /** Bytes per second; undefined until the samples span some time. */
    rate() {
        const first = this.samples[0];
        const last = this.samples.at(-1);
        if (!first || !last || last.at - first.at < 250)
            return undefined;
        return ((last.done - first.done) * 1000) / (last.at - first.at);
    }
}


/***/ }),

/***/ 40335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ controlSequencesAllowed)
/* harmony export */ });
/**
 * Whether colours and cursor control may go to a stream: a terminal, and the reader has not asked
 * for plain text (NO_COLOR set and not empty, see no-color.org; TERM=dumb).
 */
function controlSequencesAllowed(stream, env) {
    if (stream.isTTY !== true)
        return false;
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    return env['TERM'] !== 'dumb';
}


/***/ }),

/***/ 1080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Byte counts as people read them: 1.2 MB, 980 kB (powers of 1000, as disks and networks count). */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${Math.max(0, Math.round(bytes))} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${units[unit]}`;
}


/***/ })

};
