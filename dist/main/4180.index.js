export const id = 4180;
export const ids = [4180,9453];
export const modules = {

/***/ 86612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ getBooleanInput),
/* harmony export */   l: () => (/* binding */ getOptionalInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72018);


/** An input's value, or undefined when it is empty or not given (never ''). */
function getOptionalInput(name) {
    const value = (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name);
    return value === '' ? undefined : value;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A boolean input, strict as core.getBooleanInput (YAML 1.2 core schema), as a configuration error. */
function getBooleanInput(name) {
    const value = (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name);
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input ${name} is "${value}"; use true or false`);
}


/***/ }),

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

/***/ 47068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** Reads the run from GITHUB_* variables; refuses to guess when the repository is unknown. */
function runContext(env) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set (owner/repo): run this in a GitHub Actions job, or set it');
    }
    const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
    const runId = env['GITHUB_RUN_ID'] || undefined;
    const runAttempt = env['GITHUB_RUN_ATTEMPT'] || undefined;
    const attempt = runAttempt && runAttempt !== '1' ? `/attempts/${runAttempt}` : '';
    return {
        owner,
        repo,
        serverUrl,
        runId,
        runAttempt,
        sha: env['GITHUB_SHA'] ?? '',
        actor: env['GITHUB_ACTOR'] || 'unknown',
        eventName: env['GITHUB_EVENT_NAME'] || undefined,
        runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt}` : null
    };
}


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

/***/ 110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderDeploymentSummary),
/* harmony export */   e: () => (/* binding */ SUMMARY_MAX_BYTES)
/* harmony export */ });
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40877);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _promotion_diagram_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14991);




/** GitHub refuses a step summary over 1 MiB; stay below it with room for other steps' text. */
const SUMMARY_MAX_BYTES = 1_000_000;
const TITLE = {
    deploy: ['Deployed', 'Deployment of'],
    rollback: ['Rolled back', 'Rollback of'],
    reconciled: ['Reconciled', 'Reconciling of'],
    start: ['Started', 'Start of'],
    stop: ['Stopped', 'Stop of'],
    restart: ['Restarted', 'Restart of']
};
function title(record) {
    const [done, failed] = TITLE[record.operation];
    const what = record.package
        ? `${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.app, 100)} ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.package.version, 50)}`
        : (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.app, 100);
    const where = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.environment, 100);
    return record.result === 'success'
        ? `## ✅ ${done} ${what} ${record.operation === 'deploy' ? 'to' : 'on'} ${where}`
        : `## ❌ ${failed} ${what} ${record.operation === 'deploy' ? 'to' : 'on'} ${where} failed`;
}
function mfa(record) {
    if (!record.mfa)
        return 'not required';
    const users = record.mfa.users.map(({ user, via }) => `${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(user, 60)} (${via === 'code' ? 'code' : '8-hour session'})`);
    return `TOTP: ${users.join(', ') || 'none'}`;
}
function facts(input) {
    const { record } = input;
    const links = input.links ?? {};
    const rows = [
        ['Environment', (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(record.environment, input.environmentUrl, 100)],
        ['Package', record.package ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.package.version, 50) : 'none']
    ];
    if (record.package)
        rows.push(['SHA-256', `\`${record.package.sha256.slice(0, 12)}\``]);
    if (record.commit)
        rows.push(['Commit', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(record.commit, links)]);
    rows.push(['Deployed by', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .userRef */ .lz)(record.actor, links)], [
        'Approved by',
        record.approvers.length ? record.approvers.map((a) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .userRef */ .lz)(a, links)).join(', ') : 'nobody'
    ], ['MFA', mfa(record)], ['Time', `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(record.time)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(record.durationMs)})`]);
    if (record.runUrl)
        rows.push(['Run', (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)('workflow run', record.runUrl)]);
    if (record.result === 'failure' && record.error) {
        rows.push(['Error', (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(record.error, 500)]);
    }
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Qj)(['', ''], rows);
}
function rangeLine(trace, environment, links) {
    const env = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(environment, 100);
    if (trace.firstDeployment) {
        return trace.truncated
            ? `First deployment to ${env}: the newest ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(trace.commits.length, 'commit')} up to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(trace.to, links)} (older history is beyond traceability.limit).`
            : `First deployment to ${env}: the whole history up to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(trace.to, links)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(trace.commits.length, 'commit')}.`;
    }
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(trace.commits.length, 'commit')} since the last deployment to ${env} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(trace.from, links)}…${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(trace.to, links)}).`;
}
function storyLine(story) {
    const commits = story.commits ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(story.commits.length, 'commit')})` : '';
    return `- ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(story.id, story.url, 100)}${commits}`;
}
function more(hidden, one, many) {
    return hidden > 0 ? [`- … and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(hidden, `more ${one}`, `more ${many}`)}`] : [];
}
function commitLines(trace, links) {
    const urls = new Map(trace.stories.map((story) => [story.id, story.url]));
    return trace.commits.map((commit) => {
        const ids = commit.stories.length
            ? ` — ${commit.stories.map((id) => (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(id, urls.get(id), 100)).join(', ')}`
            : '';
        return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .commitRef */ .lu)(commit.sha, links)} ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(commit.subject, 120)}${ids}`;
    });
}
/**
 * The job summary of one stage run: environment, package, SHA-256, who deployed and approved,
 * MFA, the stories with links and the commits. Untrusted text is escaped; stays under 1 MB.
 */
function renderDeploymentSummary(input, maxBytes = SUMMARY_MAX_BYTES) {
    const { record, trace } = input;
    const links = input.links ?? {};
    const stories = (trace?.stories ?? record.stories.map((id) => ({ id, tracker: '', url: null }))).map(storyLine);
    // Every line is escaped once; fitting the limit then only joins more or fewer of them.
    const commits = trace ? commitLines(trace, links) : [];
    const diagram = (0,_promotion_diagram_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPromotionDiagram */ .j)(input.promotion ?? []);
    const head = [
        title(record),
        '',
        facts(input),
        '',
        ...(diagram ? ['### Promotion', '', diagram] : []),
        `### Stories (${stories.length})`,
        ''
    ];
    // Lists are left out (`lists` false) to size the rest; their lines' sizes are known.
    const render = (shown, lists = true) => {
        const parts = [...head];
        const storyCount = Math.min(shown, stories.length);
        if (!stories.length)
            parts.push('None named.');
        else if (lists)
            parts.push(...stories.slice(0, storyCount));
        parts.push(...more(stories.length - storyCount, 'story', 'stories'), '', `### Commits (${commits.length})`, '');
        if (trace) {
            const commitCount = Math.min(shown, commits.length);
            parts.push(rangeLine(trace, record.environment, links), '');
            if (lists)
                parts.push(...commits.slice(0, commitCount));
            parts.push(...more(commits.length - commitCount, 'commit', 'commits'));
        }
        else {
            parts.push((0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(input.traceNote ?? 'The commits of this deployment are not known.'));
        }
        return `${parts.join('\n')}\n`;
    };
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .renderFitting */ .G8)(render, stories, commits, maxBytes);
}


/***/ }),

/***/ 40877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ renderFitting),
/* harmony export */   oA: () => (/* binding */ largestFitting)
/* harmony export */ });
/* unused harmony export lineBytePrefix */
/**
 * The largest `n` in [0, max] for which `size(n)` is at most `limit`, or -1 when not even
 * `size(0)` is. `size` must grow with `n`; it is called O(log max) times.
 */
function largestFitting(max, limit, size) {
    if (size(max) <= limit)
        return max;
    let low = -1; // fits (or -1: nothing known to fit)
    let high = max; // does not fit
    while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (size(middle) <= limit)
            low = middle;
        else
            high = middle;
    }
    return low;
}
/**
 * `prefix[n]` is the UTF-8 size of the first `n` lines with a newline after each, so the size of
 * a text that lists n of them is known without joining them again.
 */
function lineBytePrefix(lines) {
    const prefix = [0];
    let total = 0;
    for (const line of lines)
        prefix.push((total += Buffer.byteLength(line) + 1));
    return prefix;
}
/**
 * Renders with as many lines of two lists as fit in `maxBytes` (the first `n` of each).
 * `render(n, false)` renders everything but the lists' lines, whose sizes are known, so each
 * try of the search costs one render of the rest only.
 */
function renderFitting(render, first, second, maxBytes) {
    const firstBytes = lineBytePrefix(first);
    const secondBytes = lineBytePrefix(second);
    const size = (n) => Buffer.byteLength(render(n, false)) +
        firstBytes[Math.min(n, first.length)] +
        secondBytes[Math.min(n, second.length)];
    const shown = largestFitting(Math.max(first.length, second.length), maxBytes, size);
    return render(Math.max(0, shown));
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   lu: () => (/* binding */ commitRef),
/* harmony export */   lz: () => (/* binding */ userRef),
/* harmony export */   oh: () => (/* binding */ thousands)
/* harmony export */ });
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);

const HEX = /^[0-9a-f]{4,64}$/i;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** A commit SHA as inline code, linked to the commit when the repository is known. */
function commitRef(sha, links = {}, length = 7) {
    if (!HEX.test(sha))
        return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(sha, 16);
    const short = `\`${sha.slice(0, length)}\``;
    const url = links.repository
        ? (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(`${(links.server ?? 'https://github.com').replace(/\/+$/, '')}/${links.repository}/commit/${sha}`)
        : undefined;
    return url ? `[${short}](${url})` : short;
}
/**
 * A GitHub user by login, linked to the profile without an @mention, so rendering it notifies
 * nobody; anything that is not a plain login is escaped text.
 */
function userRef(login, links = {}) {
    if (!LOGIN.test(login))
        return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(login, 60);
    return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(login, `${(links.server ?? 'https://github.com').replace(/\/+$/, '')}/${login}`);
}
/** An ISO 8601 time as `2024-05-01 12:34 UTC`, the same on every machine. */
function formatTime(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(iso, 40);
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** A duration in milliseconds as people read it: 850 ms, 42 s, 3 min 5 s. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))} ms`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
}
/** A markdown table from cells that are already markdown (escaped). */
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A whole number with thousands separated by commas, the same on every machine. */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `1 commit`, `12 commits`, `1,234 commits`. */
function count(n, one, many = `${one}s`) {
    return `${thousands(n)} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 14991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ promotionSteps),
/* harmony export */   j: () => (/* binding */ renderPromotionDiagram)
/* harmony export */ });
/* harmony import */ var _stage_promotion_sequence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72285);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);


/**
 * The promotion of a package through environments in promotion order: `holds` says what an
 * environment's latest deployment of the package was, `runs` what it runs otherwise. An
 * environment after one that has the package waits (protected) or comes next.
 */
function promotionSteps(environments, holds, runs = () => undefined) {
    const steps = [];
    for (const environment of environments) {
        const base = { environment: environment.name, after: environment.after };
        const held = holds(environment.name);
        if (held) {
            const state = held.status === 'success'
                ? 'deployed'
                : held.status === 'failure'
                    ? 'failed'
                    : 'in-progress';
            steps.push({ ...base, state, version: held.version });
            continue;
        }
        const before = steps.find((step) => step.environment === environment.after);
        if (before?.state === 'deployed') {
            if ((0,_stage_promotion_sequence_js__WEBPACK_IMPORTED_MODULE_1__/* .isProtected */ .b)(environment)) {
                const waitsFor = environment.protection.reviewers === 'required' ? 'approval' : 'a second factor';
                steps.push({ ...base, state: 'waiting', version: null, waitsFor });
            }
            else {
                steps.push({ ...base, state: 'next', version: null });
            }
            continue;
        }
        const running = runs(environment.name);
        steps.push({ ...base, state: running ? 'other' : 'none', version: running ?? null });
    }
    return steps;
}
// Quoted Mermaid labels end at `"`, and `#` starts an entity; markdown ends the block at a line of
// backticks. Everything but letters, digits, blanks, `.`, `_`, `-` and the symbols below is
// written as a Mermaid entity code, so no label can end early, change the graph or the fence.
function mermaidText(text) {
    return [...(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(text, 80)]
        .map((c) => /^[\p{L}\p{N} ._-]$/u.test(c) || SYMBOLS.includes(c) ? c : `#${c.codePointAt(0)};`)
        .join('');
}
const SYMBOLS = ['✅', '❌', '⏳', '⏭', '—'];
function label(step) {
    const version = step.version ?? '';
    switch (step.state) {
        case 'deployed':
            return `${step.environment} ✅ ${version}`;
        case 'failed':
            return `${step.environment} ❌ ${version} failed`;
        case 'in-progress':
            return `${step.environment} ⏳ ${version} deploying`;
        case 'waiting':
            return `${step.environment} ⏳ waiting for ${step.waitsFor ?? 'approval'}`;
        case 'next':
            return `${step.environment} ⏭ next`;
        case 'other':
            return `${step.environment} runs ${version}`;
        case 'none':
            return `${step.environment} —`;
    }
}
/**
 * The promotion as a Mermaid flowchart in a fenced block, which GitHub renders in job summaries
 * and comments: `test ✅ 1.2.0.15 → acceptance ✅ 1.2.0.15 → production ⏳ waiting for approval`.
 * Empty when there are no steps.
 */
function renderPromotionDiagram(steps) {
    if (!steps.length)
        return '';
    const ids = new Map(steps.map((step, index) => [step.environment, `e${index}`]));
    const lines = ['```mermaid', 'flowchart LR'];
    for (const step of steps)
        lines.push(`  ${ids.get(step.environment)}["${mermaidText(label(step))}"]`);
    for (const step of steps) {
        const from = step.after === undefined ? undefined : ids.get(step.after);
        if (from)
            lines.push(`  ${from} --> ${ids.get(step.environment)}`);
    }
    lines.push('```');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 72285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ promotionSequence),
/* harmony export */   b: () => (/* binding */ isProtected)
/* harmony export */ });
/** A binary min-heap of positions in the file. */
class PositionHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(value) {
        const items = this.items;
        let at = items.push(value) - 1;
        while (at > 0) {
            const parent = (at - 1) >> 1;
            if (items[parent] <= value)
                break;
            items[at] = items[parent];
            at = parent;
        }
        items[at] = value;
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (items.length === 0)
            return top;
        let at = 0;
        for (;;) {
            const left = 2 * at + 1;
            if (left >= items.length)
                break;
            const right = left + 1;
            const child = right < items.length && items[right] < items[left] ? right : left;
            if (items[child] >= last)
                break;
            items[at] = items[child];
            at = child;
        }
        items[at] = last;
        return top;
    }
}
/**
 * Environments in promotion order: each after the one its `after:` names, otherwise in the
 * order of the file (of those that may go next, the first in the file goes). The configuration
 * loader has already refused unknown names and cycles.
 *
 * One pass down the file places each environment whose predecessor is placed; one whose
 * predecessor comes later in the file is placed as soon as that predecessor is, ahead of the
 * rest of the file, through a heap. Linear when `after:` points back up the file, n log n at
 * worst.
 */
function promotionSequence(environments) {
    const followers = new Map();
    environments.forEach((env, index) => {
        if (env.after === undefined)
            return;
        const list = followers.get(env.after);
        if (list)
            list.push(index);
        else
            followers.set(env.after, [index]);
    });
    const placed = new Set();
    const waiting = new PositionHeap();
    const sequence = [];
    let next = 0;
    for (;;) {
        let index;
        if (waiting.size > 0)
            index = waiting.pop();
        else {
            while (next < environments.length) {
                const env = environments[next];
                if (!placed.has(env.name) && (!env.after || placed.has(env.after)))
                    break;
                next++;
            }
            if (next === environments.length)
                break;
            index = next++;
        }
        const env = environments[index];
        placed.add(env.name);
        sequence.push(env);
        // Followers further down are reached by the pass; those above it were passed over.
        for (const follower of followers.get(env.name) ?? []) {
            if (follower < next)
                waiting.push(follower);
        }
    }
    return sequence;
}
/** Whether staging to the environment needs a person: approval or a second factor. */
function isProtected(environment) {
    return environment.protection.reviewers === 'required' || environment.protection.mfa === 'totp';
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


/***/ }),

/***/ 67388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export truncate */
/**
 * Untrusted text (commit messages, story IDs, names) made safe for logs and for GitHub-flavoured
 * markdown: no HTML, no markdown structure, no @mentions, issue references or autolinks.
 */
const ZWSP = '\u200b';
// C0/C1 controls (terminal escapes among them) and the bidirectional overrides and isolates
// that make text read differently from what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029\u0085]+/g;
/** Cuts text to at most `max` characters (code points), ending in "…" when cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    // Walk code points (a surrogate pair is one character) to where the cut goes.
    let index = 0;
    let points = 0;
    let cutAt = 0;
    while (index < text.length) {
        if (points === max - 1)
            cutAt = index;
        const code = text.charCodeAt(index);
        index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
        points++;
        if (points > max)
            return `${text.slice(0, cutAt)}…`;
    }
    return text;
}
/** One line of plain text: controls removed, line breaks and tabs as spaces, at most `max` characters. */
function plainText(text, max = Infinity) {
    const line = text.replace(CONTROLS, '').replace(LINE_BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
    return max === Infinity ? line : truncate(line, max);
}
/**
 * Untrusted text for a log line (plainText) that a runner cannot read as a workflow command:
 * `::` at the start of the line and the older `##[command]` form anywhere get a zero-width space.
 */
function logText(text, max = Infinity) {
    return plainText(text, max).replace(/##\[/g, `#${ZWSP}#[`).replace(/^::/, `:${ZWSP}:`);
}
// Every ASCII punctuation character that starts markdown structure is backslash-escaped (GFM
// honours `\|` inside table cells too); `<`, `>` and `&` become entities, so no HTML and no
// entity reaches the renderer. GitHub links @user, @org/team, #123, GH-123 and bare URLs after
// rendering, on the text itself, so escapes don't stop those: a zero-width space breaks them.
const SPECIAL = /[\\`*_{}[\]()+\-.!|~^=$&<>@]|#(\d)?|\bGH-(?=\d)|:\/\/|\bwww\./gi;
const REPLACEMENT = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '@': `@${ZWSP}`,
    '#': '\\#',
    '://': `:${ZWSP}//`
};
function escapeMatch(match, digit) {
    if (digit !== undefined)
        return `\\#${ZWSP}${digit}`;
    const fixed = REPLACEMENT[match];
    if (fixed !== undefined)
        return fixed;
    if (match.length === 3)
        return `${match.slice(0, 2)}\\-${ZWSP}`; // GH-
    if (match.length === 4)
        return `${match.slice(0, 3)}${ZWSP}\\.`; // www.
    return `\\${match}`;
}
/**
 * Untrusted text as one line of markdown that renders as exactly that text, also inside a table
 * cell: nothing in it can format, link, embed HTML, mention (`@user`) or reference (`#123`).
 */
function markdownText(text, max = Infinity) {
    return plainText(text, max).replace(SPECIAL, escapeMatch);
}
/** A URL that is safe in a markdown link target: http(s) only, with no blanks, quotes or brackets. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return undefined;
    return url.replace(/[()<>"'`\\[\]|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A markdown link whose text is escaped; plain escaped text when the URL is not safe. */
function markdownLink(text, url, max = Infinity) {
    const label = markdownText(text, max);
    const target = safeUrl(url);
    return target ? `[${label}](${target})` : label;
}


/***/ })

};
