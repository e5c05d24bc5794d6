export const id = 7710;
export const ids = [7710];
export const modules = {

/***/ 53995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ finishedRecord)
/* harmony export */ });
/** The full record of a finished operation: its start, outcome and merged details. */
function finishedRecord(open, outcome, extraDetails) {
    const details = { ...open.start.details, ...outcome.details, ...extraDetails };
    return {
        ...open.start,
        result: outcome.result,
        error: outcome.error,
        durationMs: outcome.durationMs,
        ...(Object.keys(details).length > 0 ? { details } : {})
    };
}


/***/ }),

/***/ 63797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/** The configuration file a command reads when --config is not given, in the current folder. */
const CONFIG_FILE = 'mxdeploy.yml';


/***/ }),

/***/ 32401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ buildDashboard)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/stage/promotion-sequence.ts
var promotion_sequence = __webpack_require__(72285);
// EXTERNAL MODULE: ./src/activity/environment-history.ts
var environment_history = __webpack_require__(55205);
;// CONCATENATED MODULE: ./src/dashboard/board.ts

/** The successful deploy, rollback or reconciled switch an environment runs now, from its records. */
function runningRecord(records) {
    return records.find((r) => environment_history/* DEPLOYING */.WH.has(r.operation) && r.result === 'success' && r.package);
}
function running(record, packages) {
    if (!record?.package)
        return null;
    const pkg = packages.find((p) => p.sha256 === record.package.sha256);
    return {
        version: record.package.version,
        sha256: record.package.sha256,
        commit: record.commit,
        runtimeVersion: pkg?.runtimeVersion ?? null,
        operation: record.operation,
        deployedAt: record.time,
        deployedBy: record.actor,
        approvers: record.approvers,
        mfa: record.mfa?.users ?? [],
        runUrl: record.runUrl
    };
}
function last(record) {
    if (!record)
        return null;
    return {
        operation: record.operation,
        result: record.result,
        time: record.time,
        actor: record.actor,
        version: record.package?.version ?? null,
        error: record.error,
        runUrl: record.runUrl
    };
}
/**
 * One column per environment, in the order given (promotion order): what runs, who deployed and
 * approved it, and the latest operation, whatever its result. `history` is newest first.
 */
function environmentColumns(environments, history, packages) {
    return environments.map((environment) => {
        const records = history.filter((r) => r.environment === environment.name);
        return {
            name: environment.name,
            after: environment.after,
            url: environment.url,
            production: environment.production,
            reviewers: environment.protection.reviewers === 'required',
            mfa: environment.protection.mfa === 'totp',
            running: running(runningRecord(records), packages),
            last: last(records[0])
        };
    });
}

;// CONCATENATED MODULE: ./src/dashboard/dora.ts
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** At most half a year of weeks, at least two months, so one busy week still has a context. */
const MAX_WEEKS = 26;
const MIN_WEEKS = 8;
/** The Monday (UTC) of the ISO week of a time, as milliseconds. */
function weekStart(time) {
    const day = Math.floor(time / DAY_MS);
    // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
    return (day - ((day + 3) % 7)) * DAY_MS;
}
function isRefused(record) {
    return record.details?.['refused'] === true;
}
/** Switches mxdeploy made (deploy or rollback) that succeeded: what "deployments" counts. */
function isDeployment(record) {
    return ((record.operation === 'deploy' || record.operation === 'rollback') &&
        record.result === 'success');
}
function weeksOf(history, now) {
    const last = weekStart(now);
    const times = history.filter(isDeployment).map((r) => Date.parse(r.time));
    const first = times.length ? weekStart(Math.min(...times)) : last;
    const from = Math.max(Math.min(first, last - (MIN_WEEKS - 1) * WEEK_MS), last - (MAX_WEEKS - 1) * WEEK_MS);
    const weeks = [];
    for (let week = from; week <= last; week += WEEK_MS)
        weeks.push(week);
    return weeks;
}
function median(values) {
    if (!values.length)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Deploy attempts of an environment (refusals aside), those that failed, and those rolled back. */
function failureRate(environment, history) {
    const records = history.filter((r) => r.environment === environment && !isRefused(r)).reverse();
    let attempts = 0;
    let failed = 0;
    let rolledBack = 0;
    for (const [index, record] of records.entries()) {
        if (record.operation !== 'deploy')
            continue;
        attempts++;
        if (record.result === 'failure') {
            failed++;
            continue;
        }
        // Rolled back: the next switch of this environment that succeeded went back.
        const next = records
            .slice(index + 1)
            .find((r) => (r.operation === 'deploy' || r.operation === 'rollback') && r.result === 'success');
        if (next?.operation === 'rollback')
            rolledBack++;
    }
    return {
        environment,
        attempts,
        failed,
        rolledBack,
        rate: attempts ? (failed + rolledBack) / attempts : null
    };
}
/**
 * The DORA figures from the activity log: deployments per week per environment, lead time from a
 * package's commit to its deployment to production, and the change failure rate (deploy attempts
 * that failed, or succeeded and were rolled back).
 */
function doraMetrics(request) {
    const { history, production } = request;
    const weeks = weeksOf(history, request.now.getTime());
    const first = weeks[0];
    const inWindow = (r) => Date.parse(r.time) >= first;
    const deploymentsPerWeek = request.environments.map((environment) => {
        const counts = weeks.map(() => 0);
        for (const r of history) {
            if (r.environment !== environment || !isDeployment(r) || !inWindow(r))
                continue;
            const slot = Math.round((weekStart(Date.parse(r.time)) - first) / WEEK_MS);
            if (slot >= 0 && slot < counts.length)
                counts[slot]++;
        }
        return { environment, counts };
    });
    const points = [];
    let unknown = 0;
    for (const r of history) {
        if (r.environment !== production || r.operation !== 'deploy')
            continue;
        if (r.result !== 'success' || !r.package || r.details?.['settingsOnly'] || !inWindow(r))
            continue;
        const committed = r.commit ? request.commitTimes.get(r.commit) : undefined;
        if (committed === undefined) {
            unknown++;
            continue;
        }
        const hours = Math.max(0, (Date.parse(r.time) - Date.parse(committed)) / 3_600_000);
        points.push({ time: r.time, version: r.package.version, hours });
    }
    points.reverse();
    return {
        weeks: weeks.map((week) => new Date(week).toISOString().slice(0, 10)),
        deploymentsPerWeek,
        leadTime: {
            environment: production,
            points,
            medianHours: median(points.map((p) => p.hours)),
            unknown
        },
        changeFailure: request.environments.map((environment) => failureRate(environment, history))
    };
}

// EXTERNAL MODULE: ./src/trace/deployment-stories.ts
var deployment_stories = __webpack_require__(24850);
// EXTERNAL MODULE: ./src/stories/story-link.ts
var story_link = __webpack_require__(1337);
;// CONCATENATED MODULE: ./src/dashboard/promotions.ts



/** SHA-256s each environment has run successfully, ever. */
function ranBy(history) {
    const ran = new Map();
    for (const r of history) {
        if (!environment_history/* DEPLOYING */.WH.has(r.operation) || r.result !== 'success' || !r.package)
            continue;
        let set = ran.get(r.environment);
        if (!set)
            ran.set(r.environment, (set = new Set()));
        set.add(r.package.sha256);
    }
    return ran;
}
/**
 * Where each package stands in each environment (promotion order): running, ran before, may be
 * staged next (the environment its `after:` names has run it), or none of these.
 */
function packageRows(packages, columns, history) {
    const ran = ranBy(history);
    return packages.map((pkg) => ({
        version: pkg.version,
        sha256: pkg.sha256,
        commit: pkg.commit,
        createdAt: pkg.createdAt,
        createdBy: pkg.createdBy,
        runtimeVersion: pkg.runtimeVersion,
        places: columns.map((column) => {
            if (column.running?.sha256 === pkg.sha256)
                return 'running';
            if (ran.get(column.name)?.has(pkg.sha256))
                return 'ran';
            const before = column.after;
            return before === undefined || ran.get(before)?.has(pkg.sha256) ? 'eligible' : 'none';
        })
    }));
}
/** The package record of what an environment runs, or the little the activity log knows of it. */
function recordOf(column, app, packages) {
    const running = column.running;
    if (!running)
        return undefined;
    return (packages.find((p) => p.sha256 === running.sha256) ?? {
        app,
        version: running.version,
        sha256: running.sha256,
        size: 0,
        runtimeVersion: running.runtimeVersion ?? '',
        modelVersion: running.version,
        commit: running.commit,
        branch: null,
        createdAt: running.deployedAt,
        createdBy: running.deployedBy,
        url: '',
        stories: []
    });
}
/**
 * Every promotion that waits: an environment whose `after:` environment runs another package than
 * it does, with the stories staging that package would bring (the commits since the environment's
 * last deployment, as the stage itself reads them). "What goes to production if I approve this?"
 */
async function pendingPromotions(app, environments, columns, packages, stories) {
    const pending = [];
    for (const [index, column] of columns.entries()) {
        const before = columns.find((c) => c.name === column.after);
        const candidate = before ? recordOf(before, app, packages) : undefined;
        if (!before || !candidate || candidate.sha256 === column.running?.sha256)
            continue;
        const found = await (0,deployment_stories/* traceDeployment */.f)(stories, candidate, column.name);
        const environment = environments[index];
        const known = new Map(found.trace?.stories.map((s) => [s.id, s.url]) ?? []);
        pending.push({
            from: before.name,
            to: column.name,
            version: candidate.version,
            sha256: candidate.sha256,
            commit: candidate.commit,
            replaces: column.running?.version ?? null,
            protectedBy: [
                ...(environment.protection.reviewers === 'required' ? ['reviewers'] : []),
                ...(environment.protection.mfa === 'totp' ? ['mfa'] : [])
            ],
            stories: found.stories.map((id) => ({
                id,
                url: (0,story_link/* storyLink */.A)(id, stories.patterns, stories.links ?? {}, known)
            })),
            commits: found.trace?.commits.length ?? null,
            note: found.note ?? null
        });
    }
    return pending;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/dashboard/snapshots.ts

function readOnly(what) {
    throw new errors/* OperationError */.OK(`the dashboard reads ${what}; it never writes to it`);
}
/**
 * The activity log as read once, newest first: the story computations ask it per environment and
 * per story, which would be one request each against GitHub Deployments.
 */
class ActivitySnapshot {
    records;
    constructor(records) {
        this.records = records;
    }
    begin() {
        return readOnly('the activity log');
    }
    finish() {
        return readOnly('the activity log');
    }
    list(query) {
        const found = this.records.filter((r) => (!query.app || r.app === query.app) &&
            (!query.environment || r.environment === query.environment));
        return Promise.resolve(query.limit ? found.slice(0, query.limit) : found);
    }
}
/** The package repository's records of one app as listed once (newest first). */
class RepositorySnapshot {
    uri;
    records;
    constructor(uri, records) {
        this.uri = uri;
        this.records = records;
    }
    publish() {
        return readOnly('the package repository');
    }
    list(app) {
        return Promise.resolve(this.records.filter((r) => r.app === app));
    }
    get(app, version) {
        const found = this.records.filter((r) => r.app === app);
        return Promise.resolve(version === 'latest' ? found[0] : found.find((r) => r.version === version));
    }
    download() {
        return readOnly('the package repository');
    }
    delete() {
        return readOnly('the package repository');
    }
}
/**
 * A commit source whose ancestry answers are kept: a story search asks the same pairs of package
 * commits for every story.
 */
class RememberingCommitSource {
    source;
    answers = new Map();
    constructor(source) {
        this.source = source;
    }
    get name() {
        return this.source.name;
    }
    read(range, visit) {
        return this.source.read(range, visit);
    }
    contains(ancestor, descendant) {
        const key = `${ancestor}..${descendant}`;
        let answer = this.answers.get(key);
        if (!answer) {
            answer = this.source.contains(ancestor, descendant);
            this.answers.set(key, answer);
        }
        return answer;
    }
}

// EXTERNAL MODULE: ./src/trace/story-lookup.ts
var story_lookup = __webpack_require__(6727);
;// CONCATENATED MODULE: ./src/dashboard/story-index.ts


/**
 * Story IDs that packages and deployments name, the most recently named first: a package's
 * publication or a deployment's time, whichever is later.
 */
function knownStories(packages, history) {
    const latest = new Map();
    const note = (id, time) => {
        const seen = latest.get(id);
        if (seen === undefined || time > seen)
            latest.set(id, time);
    };
    for (const pkg of packages)
        for (const id of pkg.stories)
            note(id, pkg.createdAt);
    for (const record of history)
        for (const id of record.stories)
            note(id, record.time);
    return [...latest.entries()]
        .sort(([a, ta], [b, tb]) => tb.localeCompare(ta) || a.localeCompare(b))
        .map(([id]) => id);
}
/**
 * The reverse lookup of every known story, as `mxdeploy trace story` does it: the packages that
 * contain it and the environments whose current package does.
 */
async function storyIndex(ids, request) {
    const entries = [];
    for (const id of ids) {
        const found = await (0,story_lookup/* lookUpStory */.u)({ ...request, id });
        entries.push({
            id,
            url: (0,story_link/* storyLink */.A)(id, request.patterns, request.links),
            packages: found.packages.map(({ version, createdAt, basis }) => ({
                version,
                createdAt,
                basis
            })),
            environments: found.environments.map(({ environment, version, deployedAt }) => ({
                environment,
                version,
                deployedAt
            })),
            without: found.without
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/dashboard/collect.ts








/** Records read from the activity log: enough for half a year of a busy app. */
const DEFAULT_HISTORY_LIMIT = 2000;
/** Packages shown in the promotion table; the story search uses every package. */
const PACKAGE_ROWS = 30;
/**
 * The repository as the page names it: a `file:` folder inside the app's folder relative to it
 * (a runner's or laptop's absolute paths mean nothing to readers), credentials never.
 */
function repositoryLabel(uri, dir) {
    if (uri.startsWith('file:')) {
        const path = (0,external_node_path_.relative)(dir, uri.slice('file:'.length));
        if (path && !path.startsWith('..') && !(0,external_node_path_.isAbsolute)(path))
            return `file:${path}`;
    }
    return (0,redact/* redactCredentials */.U)(uri);
}
/**
 * Reads the activity log and the package repository once and computes everything the dashboard
 * shows: the environments board, pending promotions with their stories, the packages' places, the
 * story index and the DORA figures.
 */
async function collectDashboard(request) {
    const { config, log } = request;
    const app = config.app;
    const now = request.now ?? new Date();
    const history = await request.activity.list({
        app,
        limit: request.historyLimit ?? DEFAULT_HISTORY_LIMIT
    });
    const packages = await request.repository.list(app);
    const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    log.info(`dashboard of ${app}: ${count(history.length, 'operation')}, ${count(packages.length, 'package')}`);
    const order = (0,promotion_sequence/* promotionSequence */.F)(config.environments);
    const columns = environmentColumns(order, history, packages);
    const activity = new ActivitySnapshot(history);
    const repository = new RepositorySnapshot(request.repository.uri, packages);
    const sources = request.sources.map((source) => new RememberingCommitSource(source));
    // The stage's own progress lines ("3 commits since…") are noise here; warnings still count.
    const quiet = { ...log, info: () => undefined };
    const pending = await pendingPromotions(app, order, columns, packages, {
        activity,
        sources,
        patterns: request.patterns,
        limit: request.limit,
        links: request.links,
        log: quiet
    });
    const stories = await storyIndex(knownStories(packages, history), {
        app,
        repository,
        activity,
        environments: order.map((e) => e.name),
        sources,
        patterns: request.patterns,
        links: request.links
    });
    const production = (order.find((e) => e.production) ?? order.at(-1))?.name ?? null;
    const shipped = history
        .filter((r) => r.environment === production && r.operation === 'deploy' && r.commit)
        .map((r) => r.commit);
    const metrics = doraMetrics({
        history,
        environments: order.map((e) => e.name),
        production,
        commitTimes: await request.commitTimes(shipped),
        now
    });
    return {
        app,
        generatedAt: now.toISOString(),
        repository: repositoryLabel(request.repository.uri, config.dir),
        links: request.links,
        environments: columns,
        pending,
        packages: packageRows(packages.slice(0, PACKAGE_ROWS), columns, history),
        history,
        stories,
        metrics
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/html/escape.ts
/**
 * HTML built from untrusted text (commit messages, story IDs, user names, error messages): every
 * interpolated value is escaped unless it is already markup made by this module, so a template
 * cannot forget to escape.
 */
/** Markup that is already safe: made by `markup` from escaped values, or by `trusted` from constants. */
class Html {
    markup;
    constructor(markup) {
        this.markup = markup;
    }
    toString() {
        return this.markup;
    }
}
// C0/C1 controls other than tab and line breaks, and the bidirectional overrides and isolates that
// make text read differently from what it is ("Trojan Source"): none of them belongs on a page.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;'
};
/** Text as HTML that shows exactly that text, in element content and in quoted attribute values. */
function escapeHtml(text) {
    return text.replace(CONTROLS, '').replace(/[&<>"'`]/g, (c) => ENTITIES[c]);
}
function render(value) {
    if (value === null || value === undefined || value === false)
        return '';
    if (value instanceof Html)
        return value.markup;
    if (Array.isArray(value))
        return value.map(render).join('');
    return escapeHtml(String(value));
}
/** Tagged template: `markup\`<td>${name}</td>\`` escapes `name` unless it is Html already. */
function markup(strings, ...values) {
    let out = strings[0];
    for (let i = 0; i < values.length; i++)
        out += render(values[i]) + strings[i + 1];
    return new Html(out);
}
/** Markup written in this program's source (a stylesheet, an icon): never text from a record. */
function trusted(markup) {
    return new Html(markup);
}
/** Items joined by a separator, each escaped unless it is markup. */
function joinHtml(items, separator = ', ') {
    const parts = [];
    for (const item of items) {
        const text = render(item);
        if (text)
            parts.push(text);
    }
    return new Html(parts.join(render(separator)));
}
/**
 * A URL that may go into an `href`: absolute http(s) only (a record's `javascript:` or `data:` URL
 * never becomes a link), with no blanks or control characters. Undefined otherwise.
 */
function safeHref(url) {
    if (!url || !/^https?:\/\/[^\s"'<>`\\]+$/i.test(url))
        return undefined;
    try {
        return new URL(url).href;
    }
    catch {
        return undefined;
    }
}
/** A link whose text is escaped; the text alone when the URL is not safe. */
function htmlLink(text, url) {
    const href = safeHref(url);
    return href ? markup `<a href="${href}">${text}</a>` : markup `${text}`;
}

;// CONCATENATED MODULE: ./src/dashboard/html/format.ts

const HEX = /^[0-9a-f]{7,64}$/i;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** An ISO 8601 time as `2024-05-01 12:34 UTC`, the same on every machine, in a `<time>`. */
function timeHtml(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        return markup `${iso}`;
    const text = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    return markup `<time datetime="${date.toISOString()}">${text}</time>`;
}
function server(links) {
    return (links.server ?? 'https://github.com').replace(/\/+$/, '');
}
/** A commit as its first 7 characters in `<code>`, linked when the repository is known. */
function commitHtml(sha, links) {
    if (!sha)
        return markup `—`;
    if (!HEX.test(sha))
        return markup `<code>${sha.slice(0, 16)}</code>`;
    const code = markup `<code>${sha.slice(0, 7)}</code>`;
    return links.repository
        ? htmlLink(code, `${server(links)}/${links.repository}/commit/${sha}`)
        : code;
}
/** A SHA-256 as its first 12 characters, the whole in the title. */
function sha256Html(sha256) {
    return markup `<code title="sha256 ${sha256}">${sha256.slice(0, 12)}</code>`;
}
/** A GitHub login linked to its profile when links point to GitHub; anything else as text. */
function userHtml(login, links) {
    if (!links.repository || !LOGIN.test(login))
        return markup `${login}`;
    return htmlLink(login, `${server(links)}/${login}`);
}
/** A story ID, linked to its tracker when its pattern gives a link. */
function storyHtml(story) {
    return htmlLink(story.id, story.url);
}
/** A link to a workflow run, or nothing. */
function runLinkHtml(url, text = 'run') {
    return safeHref(url) ? htmlLink(text, url) : markup ``;
}
/** The first line of an error message, at most `max` characters. */
function firstLine(text, max = 200) {
    const line = text.split('\n')[0].trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
/** `1 story`, `12 stories`. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/dashboard/html/board-html.ts


const DONE = {
    deploy: 'Deployed',
    rollback: 'Rolled back',
    reconciled: 'Found running',
    start: 'Started',
    stop: 'Stopped',
    restart: 'Restarted'
};
/** The start of an error message, its line breaks kept (the page shows them). */
function clip(text, max) {
    const lines = text.trim().split('\n').slice(0, 6).join('\n');
    return lines.length > max ? `${lines.slice(0, max - 1)}…` : lines;
}
function badges(column) {
    const items = [
        column.production ? 'production' : null,
        column.reviewers ? 'approval required' : null,
        column.mfa ? 'two-factor required' : null
    ].filter((item) => item !== null);
    if (!items.length)
        return markup ``;
    return markup `<ul class="badges" aria-label="Protection">
    ${items.map((item) => markup `<li>${item}</li>`)}
  </ul>`;
}
function runningHtml(running, links) {
    if (!running)
        return markup `<p class="running none">Runs nothing yet</p>`;
    const mfa = running.mfa.length
        ? joinHtml(running.mfa.map(({ user, via }) => markup `${userHtml(user, links)} (${via === 'code' ? 'code' : '8-hour session'})`))
        : markup `not asked`;
    return markup `<p class="running">
      <span class="label">Runs</span> <strong class="version">${running.version}</strong>
    </p>
    <dl class="facts">
      <dt>SHA-256</dt>
      <dd>${sha256Html(running.sha256)}</dd>
      <dt>Commit</dt>
      <dd>${commitHtml(running.commit, links)}</dd>
      <dt>Runtime</dt>
      <dd>${running.runtimeVersion ?? 'unknown'}</dd>
      <dt>${DONE[running.operation]}</dt>
      <dd>
        ${timeHtml(running.deployedAt)} by ${userHtml(running.deployedBy, links)}
        ${runLinkHtml(running.runUrl)}
      </dd>
      <dt>Approved by</dt>
      <dd>
        ${running.approvers.length ? joinHtml(running.approvers.map((a) => userHtml(a, links))) : 'nobody'}
      </dd>
      <dt>Two-factor</dt>
      <dd>${mfa}</dd>
    </dl>`;
}
function lastHtml(last, links) {
    if (!last)
        return markup ``;
    const what = `${last.operation}${last.version ? ` ${last.version}` : ''}`;
    if (last.result === 'failure') {
        return markup `<div class="last failure" role="note">
      <p>
        <strong><span aria-hidden="true">✗ </span>Last operation failed:</strong> ${what},
        ${timeHtml(last.time)} by ${userHtml(last.actor, links)} ${runLinkHtml(last.runUrl)}
      </p>
      ${last.error ? markup `<p class="error">${clip(last.error, 400)}</p>` : ''}
    </div>`;
    }
    return markup `<p class="last success">
    <span aria-hidden="true">✓ </span>Last operation: ${what} succeeded, ${timeHtml(last.time)}
  </p>`;
}
/** One column: the environment, its protection, what runs, and how the last operation went. */
function columnHtml(column, index, links) {
    const id = `env-${index}`;
    const failed = column.last?.result === 'failure';
    return markup `<li
    class="env${failed ? ' failed' : ''}"
    data-environment="${column.name}"
    aria-labelledby="${id}"
  >
    <h3 id="${id}">${column.name}</h3>
    <p class="after">
      ${column.after ? markup `after ${column.after}` : 'first'}${column.url ? markup ` · ${htmlLink(column.url.replace(/^https?:\/\//, ''), column.url)}` : ''}
    </p>
    ${badges(column)} ${runningHtml(column.running, links)} ${lastHtml(column.last, links)}
  </li>`;
}
/** The environments board: one column per environment, in promotion order. */
function boardHtml(columns, links) {
    return markup `<section id="environments" aria-labelledby="environments-title">
    <h2 id="environments-title">Environments</h2>
    <p class="lead">
      In promotion order: an environment takes a package only after the one before it has run it.
    </p>
    ${columns.length
        ? markup `<ol class="board">
            ${columns.map((c, i) => columnHtml(c, i, links))}
          </ol>`
        : markup `<p>No environments are configured.</p>`}
  </section>`;
}

;// CONCATENATED MODULE: ./src/dashboard/html/client-script.ts
/**
 * The dashboard's only script, inlined (its hash is in the page's Content-Security-Policy). It
 * filters rows and articles the page already holds; it never builds markup from data, so nothing
 * from a record can become code. Without it the page shows everything, unfiltered.
 */
const CLIENT_SCRIPT = `(() => {
  'use strict'
  const byId = (id) => document.getElementById(id)
  const plural = (n, one, many) => n + ' ' + (n === 1 ? one : many)

  const filters = byId('history-filters')
  if (filters) {
    const rows = Array.from(document.querySelectorAll('table.history tbody tr'))
    const count = byId('history-count')
    const selects = ['environment', 'operation', 'result'].map((name) => [name, byId('filter-' + name)])
    const apply = () => {
      let shown = 0
      for (const row of rows) {
        const match = selects.every(([name, select]) => !select.value || row.dataset[name] === select.value)
        row.hidden = !match
        if (match) shown++
      }
      count.textContent = shown === rows.length
        ? plural(rows.length, 'operation', 'operations')
        : shown + ' of ' + plural(rows.length, 'operation', 'operations') + ' shown'
    }
    for (const [, select] of selects) select.addEventListener('change', apply)
    filters.addEventListener('submit', (event) => event.preventDefault())
    filters.hidden = false
  }

  const storyForm = byId('story-form')
  const input = byId('story-search')
  if (storyForm && input) {
    const results = byId('story-results')
    const stories = Array.from(results.querySelectorAll('.story'))
    const status = byId('story-count')
    const MOST = 20
    const search = () => {
      const query = input.value.trim().toLowerCase()
      // The story with exactly this ID first, then the others that contain the text.
      const exact = stories.find((story) => story.dataset.story === query)
      if (exact) results.prepend(exact)
      let found = 0
      for (const story of results.querySelectorAll('.story')) {
        const match = query !== '' && story.dataset.story.includes(query)
        if (match) found++
        story.hidden = !match || found > MOST
      }
      status.textContent = query === ''
        ? plural(stories.length, 'story', 'stories') + ' known: type a story ID'
        : found === 0
          ? 'No story matches ' + input.value.trim()
          : plural(found, 'story matches', 'stories match') + ' ' + input.value.trim() +
            (found > MOST ? ' (the first ' + MOST + ' shown)' : '')
    }
    input.addEventListener('input', search)
    storyForm.addEventListener('submit', (event) => {
      event.preventDefault()
      search()
    })
    const linked = /^#story=(.+)$/.exec(location.hash)
    if (linked) {
      try {
        input.value = decodeURIComponent(linked[1])
      } catch {
        input.value = linked[1]
      }
    }
    storyForm.hidden = false
    search()
  }
})()
`;

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/dashboard/html/history-html.ts



/** Rows shown; older operations stay in the activity log (and data.json). */
const HISTORY_ROWS = 500;
function history_html_select(id, label, all, values) {
    return markup `<label for="${id}">${label}</label>
    <select id="${id}">
      <option value="">${all}</option>
      ${values.map((v) => markup `<option value="${v}">${v}</option>`)}
    </select>`;
}
/** An error's first line; the rest (most of it) behind a disclosure, its line breaks kept. */
function errorHtml(error) {
    const text = error.trim();
    const first = firstLine(text);
    if (!text.includes('\n'))
        return markup `<span class="error">${first}</span> `;
    const rest = text.slice(text.indexOf('\n') + 1, 2000);
    return markup `<details class="error"><summary>${first}</summary>${rest}</details>`;
}
function row(record, links) {
    const refused = record.details?.['refused'] === true;
    const result = record.result === 'success' ? 'succeeded' : refused ? 'refused' : 'failed';
    const mfa = record.mfa?.users.length
        ? joinHtml(record.mfa.users.map((u) => markup `${userHtml(u.user, links)} (${u.via})`))
        : markup ``;
    return markup `<tr
    data-environment="${record.environment}"
    data-operation="${record.operation}"
    data-result="${record.result}"
    class="${record.result}"
  >
    <td>${timeHtml(record.time)}</td>
    <td>${record.environment}</td>
    <td>${record.operation}</td>
    <td>${record.package?.version ?? '—'}</td>
    <td class="result nowrap">
      <span aria-hidden="true">${record.result === 'success' ? '✓ ' : '✗ '}</span>${result}
    </td>
    <td>${userHtml(record.actor, links)}</td>
    <td>${joinHtml(record.approvers.map((a) => userHtml(a, links)))}</td>
    <td>${mfa}</td>
    <td class="nowrap">${(0,markdown/* formatDuration */.a3)(record.durationMs)}</td>
    <td>${record.stories.length || ''}</td>
    <td>
      ${record.error ? errorHtml(record.error) : ''}${runLinkHtml(record.runUrl)}
    </td>
  </tr> `;
}
/** The activity log, newest first, with filters by environment, operation and result. */
function historyHtml(history, environments, links) {
    const shown = history.slice(0, HISTORY_ROWS);
    const operations = [...new Set(history.map((r) => r.operation))].sort();
    return markup `<section id="history" aria-labelledby="history-title">
    <h2 id="history-title">History</h2>
    <p class="lead">
      Every operation on every environment, newest
      first${history.length > shown.length ? markup ` (the latest ${shown.length} of ${history.length})` : ''}.
    </p>
    <form class="filters" id="history-filters" hidden>
      <div>${history_html_select('filter-environment', 'Environment', 'every environment', environments)}</div>
      <div>${history_html_select('filter-operation', 'Operation', 'every operation', operations)}</div>
      <div>${history_html_select('filter-result', 'Result', 'any result', ['success', 'failure'])}</div>
    </form>
    <p id="history-count" role="status" aria-live="polite">${plural(shown.length, 'operation')}</p>
    ${shown.length
        ? markup `<div class="scroll" role="region" aria-labelledby="history-caption" tabindex="0">
            <table class="history">
              <caption id="history-caption" class="visually-hidden">
                Activity log
              </caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Environment</th>
                  <th scope="col">Operation</th>
                  <th scope="col">Package</th>
                  <th scope="col">Result</th>
                  <th scope="col">By</th>
                  <th scope="col">Approved by</th>
                  <th scope="col">Two-factor</th>
                  <th scope="col">Took</th>
                  <th scope="col">Stories</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map((r) => row(r, links))}
              </tbody>
            </table>
          </div>`
        : markup `<p>No operation has been recorded yet.</p>`}
  </section>`;
}

;// CONCATENATED MODULE: ./src/dashboard/html/charts-svg.ts

/**
 * Charts as inline SVG: no charting library, no script. Shapes get classes, so the page's
 * stylesheet colours them for light and dark; each chart has a title and a description for screen
 * readers, and the page puts its numbers in a table beside it.
 */
const WIDTH = 480;
const LEFT = 96;
const RIGHT = 16;
/** A number with at most one decimal, the same on every machine. */
function charts_svg_short(n) {
    const rounded = Math.round(n * 10) / 10;
    return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
function charts_svg_frame(id, title, description, height, body) {
    return markup `<svg
    class="chart"
    viewBox="0 0 ${WIDTH} ${height}"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    preserveAspectRatio="xMinYMin meet"
  >
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">${description}</desc>
    ${body}
  </svg>`;
}
/**
 * One row of bars per series on a shared scale (deployments per week per environment): no colour
 * is needed to tell the series apart. `ticks` label the columns below the last row.
 */
function barRows(id, title, description, rows, ticks) {
    const rowHeight = 56;
    const columns = Math.max(1, ticks.length);
    const max = Math.max(1, ...rows.flatMap((r) => r.values));
    const step = (WIDTH - LEFT - RIGHT) / columns;
    const barWidth = Math.max(2, step * 0.7);
    const height = rows.length * rowHeight + 28;
    const every = Math.ceil(columns / 8);
    const body = markup `${rows.map((row, r) => {
        const base = (r + 1) * rowHeight - 8;
        return markup `<g class="series">
      <text class="label" x="${LEFT - 8}" y="${base - 4}" text-anchor="end">${row.label}</text>
      <line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${base}" y2="${base}" />
      ${row.values.map((value, c) => {
            if (!value)
                return '';
            const h = (value / max) * (rowHeight - 22);
            const x = LEFT + c * step + (step - barWidth) / 2;
            return markup `<rect
            class="bar"
            x="${charts_svg_short(x)}"
            y="${charts_svg_short(base - h)}"
            width="${charts_svg_short(barWidth)}"
            height="${charts_svg_short(h)}"
            ><title>${row.label}, week of ${ticks[c] ?? ''}: ${value}</title></rect
          ><text
            class="value"
            x="${charts_svg_short(x + barWidth / 2)}"
            y="${charts_svg_short(base - h - 3)}"
            text-anchor="middle"
            >${value}</text
          >`;
        })}
    </g>`;
    })}
  ${ticks.map((tick, c) => c % every === 0
        ? markup `<text
          class="tick"
          x="${charts_svg_short(LEFT + c * step + step / 2)}"
          y="${height - 8}"
          text-anchor="middle"
          >${tick.slice(5)}</text
        >`
        : '')}`;
    return charts_svg_frame(id, title, description, height, body);
}
/** Horizontal bars from 0 to `max` (change failure rate per environment). */
function horizontalBars(id, title, description, bars, max) {
    const rowHeight = 34;
    const height = Math.max(1, bars.length) * rowHeight + 8;
    const span = WIDTH - LEFT - RIGHT - 120;
    const body = markup `${bars.map((bar, i) => {
        const y = i * rowHeight + 8;
        const w = max > 0 ? (Math.min(bar.value, max) / max) * span : 0;
        return markup `<text class="label" x="${LEFT - 8}" y="${y + 17}" text-anchor="end"
        >${bar.label}</text
      >
      <rect class="track" x="${LEFT}" y="${y + 4}" width="${span}" height="18" />
      <rect
        class="bar${bar.bad ? ' bad' : ''}"
        x="${LEFT}"
        y="${y + 4}"
        width="${charts_svg_short(w)}"
        height="18"
      />
      <text class="value" x="${charts_svg_short(LEFT + span + 8)}" y="${y + 17}">${bar.text}</text>`;
    })}`;
    return charts_svg_frame(id, title, description, height, body);
}
/** Vertical bars in order with a dashed reference line (lead time per deployment, its median). */
function columnsWithLine(id, title, description, bars, line, unit) {
    const height = 220;
    const top = 16;
    const base = height - 36;
    const max = Math.max(1e-9, line?.value ?? 0, ...bars.map((b) => b.value));
    const step = (WIDTH - LEFT - RIGHT) / Math.max(1, bars.length);
    const barWidth = Math.min(48, Math.max(2, step * 0.7));
    const y = (value) => base - (value / max) * (base - top);
    const body = markup `<text class="label" x="${LEFT - 8}" y="${top + 4}" text-anchor="end"
      >${charts_svg_short(max)} ${unit}</text
    >
    <text class="label" x="${LEFT - 8}" y="${base}" text-anchor="end">0</text>
    <line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${base}" y2="${base}" />
    ${bars.map((bar, i) => {
        const x = LEFT + i * step + (step - barWidth) / 2;
        return markup `<rect
          class="bar"
          x="${charts_svg_short(x)}"
          y="${charts_svg_short(y(bar.value))}"
          width="${charts_svg_short(barWidth)}"
          height="${charts_svg_short(base - y(bar.value))}"
          ><title>${bar.label}: ${bar.text}</title></rect
        >${bars.length <= 12 ? markup `<text class="tick" x="${charts_svg_short(x + barWidth / 2)}" y="${base + 16}" text-anchor="middle">${bar.label}</text>` : ''}`;
    })}
    ${line ? markup `<line class="reference" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${charts_svg_short(y(line.value))}" y2="${charts_svg_short(y(line.value))}" /><text class="value" x="${WIDTH - RIGHT}" y="${charts_svg_short(y(line.value) - 5)}" text-anchor="end">${line.text}</text>` : ''}`;
    return charts_svg_frame(id, title, description, height, body);
}

;// CONCATENATED MODULE: ./src/dashboard/html/metrics-html.ts



/** Hours as people read them: 45 min, 5.5 h, 3.2 days. */
function durationText(hours) {
    if (hours < 1)
        return `${Math.round(hours * 60)} min`;
    if (hours < 48)
        return `${charts_svg_short(hours)} h`;
    return `${charts_svg_short(hours / 24)} days`;
}
function dataTable(caption, header, rows) {
    return markup `<details>
    <summary>${caption}: the numbers</summary>
    <div class="scroll" role="region" aria-label="${caption}" tabindex="0">
      <table>
        <thead>
          <tr>
            ${header.map((h) => markup `<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => markup `<tr>
                ${row.map((cell, i) => (i === 0 ? markup `<th scope="row">${cell}</th>` : markup `<td>${cell}</td>`))}
              </tr>`)}
        </tbody>
      </table>
    </div>
  </details>`;
}
function weekly(metrics) {
    const total = metrics.deploymentsPerWeek.reduce((n, s) => n + s.counts.reduce((a, b) => a + b, 0), 0);
    return markup `<figure aria-labelledby="chart-weekly-caption">
    <figcaption id="chart-weekly-caption">
      Deployments per week (successful deploys and rollbacks)
    </figcaption>
    ${barRows('chart-weekly', 'Deployments per week per environment', `${plural(total, 'deployment')} in the ${metrics.weeks.length} weeks from ${metrics.weeks[0] ?? ''}`, metrics.deploymentsPerWeek.map((s) => ({ label: s.environment, values: s.counts })), metrics.weeks)}
    ${dataTable('Deployments per week', ['Week of', ...metrics.deploymentsPerWeek.map((s) => s.environment)], metrics.weeks.map((week, i) => [
        week,
        ...metrics.deploymentsPerWeek.map((s) => String(s.counts[i] ?? 0))
    ]))}
  </figure>`;
}
function leadTime(metrics) {
    const lead = metrics.leadTime;
    const where = lead.environment ?? 'production';
    const left = lead.unknown
        ? ` ${plural(lead.unknown, 'deployment')} whose commit time is not known are left out.`
        : '';
    if (!lead.points.length) {
        return markup `<figure>
      <figcaption>Lead time from commit to ${where}</figcaption>
      <p>No deployment to ${where} with a known commit time yet.${left}</p>
    </figure>`;
    }
    const median = lead.medianHours;
    return markup `<figure aria-labelledby="chart-lead-caption">
    <figcaption id="chart-lead-caption">
      Lead time from commit to ${where}: median <strong>${durationText(median)}</strong> over
      ${plural(lead.points.length, 'deployment')}.${left}
    </figcaption>
    ${columnsWithLine('chart-lead', `Lead time from commit to ${where}`, `Hours from each package's commit to its deployment to ${where}; median ${durationText(median)}`, lead.points.map((p) => ({ label: p.version, value: p.hours, text: durationText(p.hours) })), { value: median, text: `median ${durationText(median)}` }, 'h')}
    ${dataTable('Lead time', ['Package', 'Deployed', 'Lead time'], lead.points.map((p) => [
        p.version,
        p.time.slice(0, 16).replace('T', ' '),
        durationText(p.hours)
    ]))}
  </figure>`;
}
function metrics_html_failureRate(metrics) {
    const rates = metrics.changeFailure;
    return markup `<figure aria-labelledby="chart-failure-caption">
    <figcaption id="chart-failure-caption">
      Change failure rate: deploys that failed, or succeeded and were rolled back
    </figcaption>
    ${horizontalBars('chart-failure', 'Change failure rate per environment', rates
        .map((r) => `${r.environment}: ${r.rate === null ? 'no deploys' : `${Math.round(r.rate * 100)}%`}`)
        .join('; '), rates.map((r) => ({
        label: r.environment,
        value: r.rate ?? 0,
        text: r.rate === null
            ? 'no deploys'
            : `${Math.round(r.rate * 100)}% (${r.failed + r.rolledBack} of ${r.attempts})`,
        bad: (r.rate ?? 0) > 0
    })), 1)}
    ${dataTable('Change failure rate', ['Environment', 'Deploys', 'Failed', 'Rolled back', 'Rate'], rates.map((r) => [
        r.environment,
        String(r.attempts),
        String(r.failed),
        String(r.rolledBack),
        r.rate === null ? '—' : `${Math.round(r.rate * 100)}%`
    ]))}
  </figure>`;
}
/** The DORA figures: deployment frequency, lead time for changes, change failure rate. */
function metricsHtml(metrics) {
    return markup `<section id="metrics" aria-labelledby="metrics-title">
    <h2 id="metrics-title">Delivery metrics</h2>
    <p class="lead">The DORA figures, from the activity log.</p>
    <div class="charts">${weekly(metrics)} ${leadTime(metrics)} ${metrics_html_failureRate(metrics)}</div>
  </section>`;
}

;// CONCATENATED MODULE: ./src/dashboard/html/promotion-html.ts


const PLACE = {
    running: ['▶', 'running'],
    ran: ['✓', 'ran before'],
    eligible: ['→', 'can go next'],
    none: ['', '—']
};
function protection(pending) {
    const needs = pending.protectedBy.map((p) => (p === 'reviewers' ? 'approval' : 'a second factor'));
    return needs.length ? `needs ${needs.join(' and ')}` : 'no approval needed';
}
function pendingHtml(pending, index, links) {
    const id = `pending-${index}`;
    const commits = pending.commits === null ? '' : `, ${plural(pending.commits, 'commit')}`;
    return markup `<article
    class="pending"
    data-from="${pending.from}"
    data-to="${pending.to}"
    aria-labelledby="${id}"
  >
    <h3 id="${id}">
      <span class="version">${pending.version}</span>
      <span class="route"
        >${pending.from} <span aria-hidden="true">→</span
        ><span class="visually-hidden">to</span> ${pending.to}</span
      >
    </h3>
    <p>
      ${pending.replaces ? markup `Replaces ${pending.replaces}` : 'First deployment'} ·
      ${protection(pending)} · commit ${commitHtml(pending.commit, links)},
      ${sha256Html(pending.sha256)}
    </p>
    <h4>Stories it would bring to ${pending.to} (${pending.stories.length}${commits})</h4>
    ${pending.stories.length
        ? markup `<ul class="story-list">
            ${pending.stories.map((s) => markup `<li>${storyHtml(s)}</li>`)}
          </ul>`
        : markup `<p>None named.</p>`}
    ${pending.note ? markup `<p class="note">${pending.note}</p>` : ''}
  </article>`;
}
function placeCell(place) {
    const [symbol, text] = PLACE[place];
    return markup `<td class="place ${place}">
    ${symbol ? markup `<span aria-hidden="true">${symbol} </span>` : ''}${text}
  </td>`;
}
function packagesTable(rows, columns, links) {
    if (!rows.length)
        return markup `<p>The package repository holds no package of this app yet.</p>`;
    return markup `<div class="scroll" role="region" aria-labelledby="packages-title" tabindex="0">
    <table class="packages">
      <caption id="packages-title">
        Packages, newest first, and where each has been
      </caption>
      <thead>
        <tr>
          <th scope="col">Package</th>
          <th scope="col">Published</th>
          <th scope="col">Commit</th>
          <th scope="col">Runtime</th>
          ${columns.map((c) => markup `<th scope="col">${c.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => markup `<tr data-version="${row.version}">
              <th scope="row">${row.version}</th>
              <td>${timeHtml(row.createdAt)} by ${userHtml(row.createdBy, links)}</td>
              <td>${commitHtml(row.commit, links)}</td>
              <td>${row.runtimeVersion}</td>
              ${row.places.map(placeCell)}
            </tr> `)}
      </tbody>
    </table>
  </div>`;
}
/** Pending promotions with their stories, then every package and where it has been. */
function promotionHtml(pending, rows, columns, links) {
    return markup `<section id="promotion" aria-labelledby="promotion-title">
    <h2 id="promotion-title">Promotion</h2>
    <p class="lead">
      What the next environment would get: the package the environment before it runs, and the
      stories of the commits since the next one's last deployment.
    </p>
    ${pending.length
        ? markup `<div class="pending-list">${pending.map((p, i) => pendingHtml(p, i, links))}</div>`
        : markup `<p>Nothing waits: every environment runs what the one before it runs.</p>`}
    ${packagesTable(rows, columns, links)}
    <p class="legend">
      ${joinHtml(['running', 'ran', 'eligible'].map((place) => markup `<span class="place ${place}">${PLACE[place][0]} ${PLACE[place][1]}</span>`), ' · ')}
    </p>
  </section>`;
}

;// CONCATENATED MODULE: ./src/dashboard/html/stories-html.ts


const BASIS = {
    listed: 'names it',
    history: 'in its history',
    'publication-order': 'published after one that names it'
};
function storyArticle(story, index) {
    const id = `story-${index}`;
    const running = story.environments.length
        ? markup `<ul>
        ${story.environments.map((e) => markup `<li><strong>${e.environment}</strong> runs ${e.version} (since ${timeHtml(e.deployedAt)})</li>`)}
      </ul>`
        : markup `<p>No environment runs it yet.</p>`;
    const without = story.without.length
        ? markup `<p>
        Without it:
        ${joinHtml(story.without.map((w) => markup `${w.environment} (${w.version ?? 'nothing'})`))}
      </p>`
        : '';
    return markup `<article class="story" data-story="${story.id.toLowerCase()}" aria-labelledby="${id}">
    <h3 id="${id}">${storyHtml(story)}</h3>
    <h4>Environments</h4>
    ${running} ${without}
    <h4>Packages (${story.packages.length})</h4>
    <ul class="story-packages">
      ${story.packages.map((p) => markup `<li>${p.version} <span class="muted">${BASIS[p.basis]}</span></li>`)}
    </ul>
  </article> `;
}
/**
 * The story search: every known story with the packages that contain it and the environments that
 * run one. Without JavaScript they are all listed; with it, a search shows the matches.
 */
function storiesHtml(stories) {
    return markup `<section id="stories" aria-labelledby="stories-title">
    <h2 id="stories-title">Stories</h2>
    <p class="lead">Which packages contain a story, and which environments run it.</p>
    <form class="search" id="story-form" role="search" hidden>
      <label for="story-search">Story ID</label>
      <input
        id="story-search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        placeholder="ABC-123"
        list="story-ids"
        aria-describedby="story-count"
      />
      <datalist id="story-ids">
        ${stories.map((s) => markup `<option value="${s.id}"></option>`)}
      </datalist>
    </form>
    <p id="story-count" role="status" aria-live="polite">
      ${plural(stories.length, 'story', 'stories')} known
    </p>
    <div id="story-results">${stories.map(storyArticle)}</div>
  </section>`;
}

;// CONCATENATED MODULE: ./src/dashboard/html/styles.ts
/**
 * The dashboard's stylesheet, inlined: system fonts only, light and dark from the reader's
 * setting, every text colour at WCAG AA contrast (4.5:1) on its background, a focus ring on
 * everything that takes focus, and one column on a phone.
 */
const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --surface: #f6f8fa; --text: #1f2328; --muted: #59636e; --border: #d1d9e0;
  --accent: #0969da; --good: #1a7f37; --bad: #c4151f; --bad-bg: #ffebe9; --focus: #0969da;
  --track: #eaeef2;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --surface: #151b23; --text: #e6edf3; --muted: #9198a1; --border: #3d444d;
    --accent: #4493f8; --good: #3fb950; --bad: #ff6a69; --bad-bg: #2d1214; --focus: #4493f8;
    --track: #262c36;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text); line-height: 1.5;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
/* The skip link moves the focus to main, which is not a control: no ring around the page. */
main:focus { outline: none; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip { position: absolute; left: 0.5rem; top: -3rem; background: var(--bg); padding: 0.5rem; z-index: 1; }
.skip:focus { top: 0.5rem; }
header.site, main, footer { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
header.site { padding-top: 1rem; border-bottom: 1px solid var(--border); }
header.site h1 { margin: 0; font-size: 1.6rem; }
header.site p { margin: 0.25rem 0; color: var(--muted); }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.5rem 0; }
nav a { display: inline-block; padding: 0.25rem 0; }
section { padding: 1rem 0 1.5rem; border-bottom: 1px solid var(--border); }
h2 { font-size: 1.35rem; margin: 0.5rem 0; }
h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
h4 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
.lead, .muted, .after, .legend, .note { color: var(--muted); }
.board { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); }
.env { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 1rem;
  border-top: 4px solid var(--good); }
.env.failed { border-color: var(--bad); border-top-width: 4px; }
.after { margin: 0 0 0.5rem; font-size: 0.9rem; }
.badges { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0 0 0.5rem; }
.badges li { border: 1px solid var(--border); border-radius: 999px; padding: 0 0.5rem; font-size: 0.8rem; }
.running { margin: 0.25rem 0; }
.running .label { color: var(--muted); }
.version { font-size: 1.5rem; font-variant-numeric: tabular-nums; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.5rem 0; font-size: 0.9rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.last { margin: 0.5rem 0 0; font-size: 0.9rem; }
.last.success { color: var(--good); }
.last.failure { background: var(--bad-bg); color: var(--text); border-left: 4px solid var(--bad); padding: 0.5rem; }
.last.failure p { margin: 0; }
.last.failure strong, .history tr.failure .result { color: var(--bad); }
.error { overflow-wrap: anywhere; white-space: pre-line; }
.nowrap { white-space: nowrap; }
.history tr.failure td { background: var(--bad-bg); }
.pending-list { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); }
.pending { border: 1px solid var(--border); border-left: 4px solid var(--accent); border-radius: 8px; padding: 1rem; }
.pending h3 .route { color: var(--muted); font-weight: normal; }
.pending p { margin: 0.25rem 0; }
.story-list { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; list-style: none; padding: 0; margin: 0; }
.scroll { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
thead th { background: var(--surface); white-space: nowrap; }
td time { white-space: nowrap; }
.place.running { font-weight: 600; color: var(--good); }
.place.eligible { color: var(--accent); }
.place.none { color: var(--muted); }
.filters, .search { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0.5rem 0; }
.filters[hidden], .search[hidden] { display: none; }
.filters div { display: flex; flex-direction: column; }
label { font-weight: 600; font-size: 0.9rem; }
select, input {
  font: inherit; color: var(--text); background: var(--bg); border: 1px solid var(--muted);
  border-radius: 6px; padding: 0.35rem 0.5rem; min-height: 2.5rem;
}
.search input { width: min(20rem, 100%); }
.search label { width: 100%; }
.story { border: 1px solid var(--border); border-radius: 8px; padding: 0.75rem 1rem; margin: 0.75rem 0; }
.story ul { margin: 0.25rem 0; padding-left: 1.25rem; }
.story p { margin: 0.25rem 0; }
.charts { display: grid; gap: 1.5rem 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
.chart { width: 100%; height: auto; display: block; }
.chart text { fill: var(--text); font-size: 13px; font-family: inherit; }
.chart .tick, .chart .label { fill: var(--muted); }
.chart .axis { stroke: var(--muted); }
.chart .bar { fill: var(--accent); }
.chart .bar.bad { fill: var(--bad); }
.chart .track { fill: var(--track); }
.chart .reference { stroke: var(--text); stroke-dasharray: 6 4; }
details { margin: 0.5rem 0; }
summary { cursor: pointer; color: var(--accent); }
footer { color: var(--muted); padding: 1rem; font-size: 0.9rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  .version { font-size: 1.3rem; }
  .chart text { font-size: 16px; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;

;// CONCATENATED MODULE: ./src/dashboard/html/page.ts










function hash(text) {
    return `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
}
// Nothing is fetched: no network request, no frame, no form that posts. The one script and the
// one stylesheet are allowed by their hashes, so markup that slipped through escaping runs nothing.
const POLICY = [
    "default-src 'none'",
    `script-src ${hash(CLIENT_SCRIPT)}`,
    `style-src ${hash(STYLES)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'"
].join('; ');
const SECTIONS = [
    ['environments', 'Environments'],
    ['promotion', 'Promotion'],
    ['history', 'History'],
    ['stories', 'Stories'],
    ['metrics', 'Metrics']
];
/**
 * The whole dashboard as one self-contained HTML document: styles and script inline, charts as
 * SVG, so it works from file:// and from GitHub Pages alike. Every text from a record is escaped.
 */
function renderDashboardPage(model) {
    const names = model.environments.map((e) => e.name);
    const page = markup `<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta http-equiv="Content-Security-Policy" content="${trusted(POLICY)}" />
        <meta name="referrer" content="no-referrer" />
        <meta name="generator" content="mxdeploy" />
        <title>${model.app}: environments and deployments</title>
        <style>${trusted(STYLES)}</style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to the content</a>
        <header class="site">
          <h1>${model.app}</h1>
          <p>
            Environments and deployments · packages from <code>${model.repository}</code> ·
            generated ${timeHtml(model.generatedAt)}
          </p>
          <nav aria-label="Sections">
            <ul>
              ${SECTIONS.map(([id, label]) => markup `<li><a href="#${id}">${label}</a></li>`)}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">
          ${boardHtml(model.environments, model.links)}
          ${promotionHtml(model.pending, model.packages, model.environments, model.links)}
          ${historyHtml(model.history, names, model.links)} ${storiesHtml(model.stories)}
          ${metricsHtml(model.metrics)}
        </main>
        <footer>
          <p>
            Made by mxdeploy from the activity log and the package repository. The same figures are
            in data.json beside this page.
          </p>
        </footer>
        <script>${trusted(CLIENT_SCRIPT)}</script>
      </body>
    </html> `;
    return page.markup;
}

;// CONCATENATED MODULE: ./src/dashboard/write-site.ts





/** Refuses an output that exists and is not a folder, before anything is written. */
async function checkFolder(dir) {
    try {
        const info = await (0,promises_.stat)(dir);
        if (!info.isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`--out ${dir} is a file: give a folder for the dashboard, such as ${(0,external_node_path_.join)(dir, '..', 'dashboard')}`);
        }
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return;
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOTDIR') {
            throw new errors/* ConfigurationError */.j1(`--out ${dir} can't be a folder: a part of its path is a file`);
        }
        throw error;
    }
}
/**
 * Writes the dashboard into `dir`: index.html (self-contained) and data.json. Other files in the
 * folder are left alone; each file is replaced whole, so a reader never sees half a page.
 */
async function writeDashboardSite(dir, model) {
    await checkFolder(dir);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const page = renderDashboardPage(model);
    const index = (0,external_node_path_.join)(dir, 'index.html');
    const data = (0,external_node_path_.join)(dir, 'data.json');
    await (0,atomic_write/* writeFileAtomic */.Z)(data, `${JSON.stringify(model, null, 2)}\n`);
    await (0,atomic_write/* writeFileAtomic */.Z)(index, page);
    return { dir, index, data, bytes: Buffer.byteLength(page) };
}

;// CONCATENATED MODULE: ./src/dashboard/build-dashboard.ts


/**
 * The dashboard use case the CLI, the pipeline and the action share: read the activity log and
 * the package repository, compute what the page shows, write the site into `out`.
 */
async function buildDashboard(request) {
    const model = await collectDashboard(request);
    const site = await writeDashboardSite(request.out, model);
    request.log.info(`dashboard written to ${site.index}`);
    return { ...site, model };
}


/***/ }),

/***/ 85936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ firstCommitTimes),
/* harmony export */   S: () => (/* binding */ gitCommitTimes)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _async_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43998);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Committer times from the git repository around `dir`; commits it does not hold are left out. */
function gitCommitTimes(dir) {
    return async (shas) => {
        const times = new Map();
        const unique = [...new Set(shas)].filter((sha) => /^[0-9a-f]{7,64}$/i.test(sha));
        await (0,_async_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .mapPool */ .P)(unique, 4, async (sha) => {
            try {
                const { stdout } = await run('git', ['show', '-s', '--format=%cI', `${sha}^{commit}`], {
                    cwd: dir,
                    timeout: 10_000
                });
                const time = stdout.trim();
                if (time && !Number.isNaN(Date.parse(time)))
                    times.set(sha, new Date(time).toISOString());
            }
            catch {
                // Not a repository, or a commit a shallow clone lacks: its time is simply not known.
            }
        });
        return times;
    };
}
/** Each SHA from the first source that knows it. */
function firstCommitTimes(sources) {
    return async (shas) => {
        const times = new Map();
        for (const source of sources) {
            const missing = shas.filter((sha) => !times.has(sha));
            if (!missing.length)
                break;
            for (const [sha, time] of await source(missing))
                times.set(sha, time);
        }
        return times;
    };
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

/***/ 1337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ storyLink)
/* harmony export */ });
/* harmony import */ var _extract_stories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45156);

/**
 * The link of a story ID as the patterns give it, from `known` links first (those a trace
 * found), else by reading the ID itself with the patterns; null when none has a url.
 */
function storyLink(id, patterns, links, known = new Map()) {
    const url = known.get(id);
    if (url)
        return url;
    return (0,_extract_stories_js__WEBPACK_IMPORTED_MODULE_0__/* .extractStories */ .f)(id, patterns, links).find((story) => story.id === id)?.url ?? null;
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


/***/ }),

/***/ 6727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ lookUpStory)
/* harmony export */ });
/* harmony import */ var _activity_environment_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55205);
/* harmony import */ var _trace_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44983);


/**
 * Reverse lookup of a story: which packages of the app contain it and which environments run a
 * package that does (each environment's latest successful deployment, from the activity log).
 */
async function lookUpStory(request) {
    const { id, app } = request;
    const packages = await request.repository.list(app);
    const histories = await Promise.all(request.environments.map(async (environment) => ({
        environment,
        records: await (0,_activity_environment_history_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentHistory */ .SP)(request.activity, app, environment)
    })));
    // Where the story came in: packages whose record lists it, and deployments that brought it.
    const listed = new Set(packages.filter((p) => p.stories.includes(id)).map((p) => p.sha256));
    for (const { records } of histories) {
        for (const record of records)
            if (record.stories.includes(id))
                listed.add(record.package.sha256);
    }
    const origins = [];
    for (const sha256 of listed) {
        const pkg = packages.find((p) => p.sha256 === sha256);
        const record = histories.flatMap((h) => h.records).find((r) => r.package.sha256 === sha256);
        origins.push({
            commit: pkg?.commit ?? record?.commit ?? null,
            createdAt: pkg?.createdAt ?? record?.time ?? ''
        });
    }
    const memo = new Map();
    const basisOf = (sha256, commit, createdAt) => {
        let found = memo.get(sha256);
        if (!found) {
            found = containsBasis(request.sources, listed.has(sha256), origins, commit, createdAt);
            memo.set(sha256, found);
        }
        return found;
    };
    const withStory = [];
    for (const pkg of packages) {
        const basis = await basisOf(pkg.sha256, pkg.commit, pkg.createdAt);
        if (basis)
            withStory.push({ ...pick(pkg), basis });
    }
    const environments = [];
    const without = [];
    for (const { environment, records } of histories) {
        const current = records[0];
        if (!current?.package) {
            without.push({ environment, version: null });
            continue;
        }
        const { sha256, version } = current.package;
        const pkg = packages.find((p) => p.sha256 === sha256);
        const basis = await basisOf(sha256, pkg?.commit ?? current.commit, pkg?.createdAt ?? current.time);
        if (basis)
            environments.push({ environment, version, sha256, deployedAt: current.time, basis });
        else
            without.push({ environment, version });
    }
    return { id, app, packages: withStory, environments, without };
}
function pick(pkg) {
    return {
        version: pkg.version,
        sha256: pkg.sha256,
        commit: pkg.commit,
        createdAt: pkg.createdAt
    };
}
async function containsBasis(sources, isListed, origins, commit, createdAt) {
    if (isListed)
        return 'listed';
    const unknown = [];
    for (const origin of origins) {
        const answer = origin.commit && commit
            ? await (0,_trace_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .containsFromSources */ .g)(sources, origin.commit, commit)
            : undefined;
        if (answer === true)
            return 'history';
        if (answer === undefined)
            unknown.push(origin);
    }
    // Without the commits, a package published after one that lists the story is taken to hold it.
    return unknown.some((origin) => origin.createdAt && origin.createdAt <= createdAt)
        ? 'publication-order'
        : null;
}


/***/ })

};
