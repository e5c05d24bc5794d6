export const id = 5525;
export const ids = [5525];
export const modules = {

/***/ 65525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_FILE: () => (/* reexport */ config_file/* CONFIG_FILE */.g),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schema/mxdeploy.schema.json
const mxdeploy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/mxdeploy/mxdeploy/schema/mxdeploy.schema.json","title":"mxdeploy.yml","description":"Configuration of mxdeploy: how a Mendix app is built into a deployment package (MDA), where packages are kept, and the environments they are staged through.","type":"object","additionalProperties":false,"required":["app"],"properties":{"$schema":{"type":"string"},"app":{"description":"The app\'s name: used in package names, release tags (<app>-v<version>) and the activity log.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"},"build":{"description":"How the package is built: from a deployment folder, or from a .mpr with MxBuild.","type":"object","additionalProperties":false,"properties":{"deployment-dir":{"description":"Mendix deployment folder (model/, web/, native/), relative to this file.","type":"string","minLength":1},"project":{"description":"Mendix app file (.mpr), relative to this file; built with MxBuild.","type":"string","pattern":"\\\\.mpr$"},"version":{"description":"Package version: major.minor.patch (the build number is appended) or major.minor.patch.build.","type":"string","pattern":"^(0|[1-9][0-9]*)\\\\.(0|[1-9][0-9]*)\\\\.(0|[1-9][0-9]*)(\\\\.(0|[1-9][0-9]*))?$"},"output":{"description":"Where the MDA is written, relative to this file.","type":"string","minLength":1}}},"repository":{"description":"The package repository: file:DIR (default file:.mxdeploy/packages), github-release, oci://HOST/REPO, or artifact.","type":"string","pattern":"^(file:.+|github-release|oci://[^/]+/.+|artifact(:.+)?)$"},"traceability":{"description":"How commits name the user stories they belong to.","type":"object","additionalProperties":false,"properties":{"require-story":{"description":"What the pull-request check does with commits (merges aside) that name no story: off (default), warn or error.","enum":["off","warn","error"]},"patterns":{"description":"Story ID patterns, in the order IDs are reported; they replace the defaults (jira, azure-boards, github, trailer). An item with only the name of a default pattern uses its regex, e.g. { name: jira, url: https://jira.example.com/browse/{id} }.","type":"array","items":{"type":"object","additionalProperties":false,"anyOf":[{"required":["regex"]},{"required":["name"]}],"properties":{"name":{"description":"Tracker name, shown in messages; jira, azure-boards, github or trailer alone selects that default pattern.","type":"string","minLength":1},"regex":{"description":"JavaScript regular expression, run with the g and m flags (^ and $ match at each line). The ID is the named group id, else the first capture group, else the whole match; a named group ids is a list split on commas, semicolons and blanks.","type":"string","minLength":1},"url":{"description":"Link template: {id}, any named group of the regex, {server} (GITHUB_SERVER_URL) and {repository} (owner/name) are replaced; must start with http:// or https:// or {server}. Example: https://jira.example.com/browse/{id}","type":"string"}}}},"limit":{"description":"Most commits read for a first deployment (no earlier deployment to compare with); default 1000.","type":"integer","minimum":1}}},"environments":{"description":"The environments a package is staged through, in order. Any names.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"},"additionalProperties":{"$ref":"#/definitions/environment"}}},"definitions":{"environment":{"type":"object","additionalProperties":false,"properties":{"target":{"$ref":"#/definitions/target"},"after":{"description":"The environment that must already run this exact package (same SHA-256).","type":"string"},"url":{"description":"The environment\'s URL, shown in GitHub deployments and summaries.","type":"string","pattern":"^https?://"},"production":{"description":"Marks the environment as production (GitHub deployments\' production_environment). Default: true for an environment named production/prod.","type":"boolean"},"constants":{"description":"Constant values, by qualified name (Module.Constant).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*\\\\.[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":["string","number","boolean"]}},"scheduled-events":{"description":"Which scheduled events run: all, none, or a map of qualified name to true/false.","oneOf":[{"enum":["all","none"]},{"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*\\\\.[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"boolean"}}]},"new-constants":{"description":"A constant new in a package that this environment does not set: use its default with a warning, or refuse the deployment.","enum":["default","require"]},"protection":{"description":"Who may deploy: GitHub environment protection and a TOTP second factor.","type":"object","additionalProperties":false,"properties":{"reviewers":{"description":"required: the GitHub environment must have required reviewers.","enum":["required","none"]},"prevent-self-review":{"description":"The GitHub environment must prevent self-review.","type":"boolean"},"mfa":{"description":"totp: each approver presents a code from an authenticator app.","enum":["totp","none"]},"session-hours":{"description":"How long a verified code lets the same user deploy without another.","type":"number","exclusiveMinimum":0,"maximum":24}}}}},"target":{"description":"Where the environment runs. Default: local, at .mxdeploy/envs/<name>.","type":"object","required":["type"],"properties":{"type":{"description":"The deployment target.","enum":["local","command","mendix-cloud","image","cloudfoundry","kubernetes","m2ee"]}},"allOf":[{"if":{"properties":{"type":{"const":"local"}}},"then":{"additionalProperties":false,"properties":{"type":true,"path":{"description":"Folder holding releases/, current and settings.json, relative to this file.","type":"string","minLength":1},"keep":{"description":"How many releases to keep.","type":"integer","minimum":1},"restart":{"description":"Command run after the switch, in the environment folder.","type":"string","minLength":1}}}},{"if":{"properties":{"type":{"const":"command"}}},"then":{"additionalProperties":false,"required":["run"],"properties":{"type":true,"run":{"description":"Shell command that deploys; it gets MDA_PATH, CONSTANTS, SCHEDULED_EVENTS and MX_<Module>_<Constant>.","type":"string","minLength":1},"timeout-minutes":{"description":"How long the command may run.","type":"number","exclusiveMinimum":0}}}},{"if":{"properties":{"type":{"const":"image"}}},"then":{"additionalProperties":false,"required":["base","image"],"properties":{"type":true,"base":{"description":"The runtime image to build on, HOST/NAME[:TAG][@sha256:DIGEST], such as registry.example.com/mendix/runtime:10.24.8: a docker-mendix-buildpack image the team trusts. The app goes to /opt/mendix/build.","type":"string","minLength":1},"image":{"description":"The repository to push to, HOST/NAME without a tag, such as ghcr.io/acme/hello. Tags: the package version (the app image), <version>-<environment> and <environment> (the environment\'s settings).","type":"string","minLength":1},"platforms":{"description":"Platforms to build, OS/ARCH[/VARIANT] (an index when more than one), or all: every platform of the base. Default: the base\'s only platform, or linux/amd64 from a multi-platform base.","oneOf":[{"const":"all"},{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$"}}]},"compression":{"description":"How the app layer is stored: gzip (default, smaller) or none (a plain tar, whose digest is the same on every machine).","enum":["gzip","none"]}}}},{"if":{"properties":{"type":{"const":"m2ee"}}},"then":{"additionalProperties":false,"required":["app-base","m2ee-config"],"properties":{"type":true,"app-base":{"description":"m2ee\'s app_base on this server, relative to this file or absolute: mxdeploy keeps its releases in app-base/.mxdeploy and makes app-base/model and app-base/web links to the running one.","type":"string","minLength":1},"m2ee-config":{"description":"The team\'s m2ee.yaml. mxdeploy reads it (app_base, admin_port, admin_pass, model_upload_path) and never writes it; its own settings go to app-base/.mxdeploy/m2ee.yaml, loaded after it with a second -c.","type":"string","minLength":1},"restart":{"description":"Command that restarts the app, run in app-base (default: m2ee --yolo restart). When it starts with m2ee, mxdeploy adds -c m2ee-config -c app-base/.mxdeploy/m2ee.yaml; any other command gets them in MXDEPLOY_M2EE_ARGS.","type":"string","minLength":1},"keep":{"description":"How many releases to keep in app-base/.mxdeploy/releases (default 5).","type":"integer","minimum":1}}}},{"if":{"properties":{"type":{"const":"mendix-cloud"}}},"then":{"additionalProperties":false,"required":["app-id"],"properties":{"type":true,"app-id":{"description":"The app\'s AppId in the Deploy API: its subdomain (calc for calc.mendixcloud.com).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*$"},"environment":{"description":"The Mendix Cloud environment: its Mode (Test, Acceptance, Production or a flexible environment\'s name) or its environment ID. Default: this environment\'s name.","type":"string","minLength":1},"deploy-api-url":{"description":"Base URL of the Deploy API v1/v2 and the Backups API v2 (default https://deploy.mendix.com).","type":"string","pattern":"^https?://[^/]+"},"portal-api-url":{"description":"Base URL of the Deploy API v4 (default https://cloud.home.mendix.com).","type":"string","pattern":"^https?://[^/]+"},"backup":{"description":"before: a backup snapshot before every deployment; none: never. Default: before for a production environment, none otherwise.","enum":["before","none"]},"timeouts":{"description":"How long each wait may take, in minutes.","type":"object","additionalProperties":false,"properties":{"upload":{"description":"Uploading the package until Mendix Cloud has processed it (default 30).","type":"number","exclusiveMinimum":0},"backup":{"description":"Creating the backup snapshot (default 60).","type":"number","exclusiveMinimum":0},"transport":{"description":"Retrying the transport while Mendix Cloud still processes the package (default 10).","type":"number","exclusiveMinimum":0},"stop":{"description":"Stopping the environment (default 10).","type":"number","exclusiveMinimum":0},"start":{"description":"Starting the environment until it runs (default 30).","type":"number","exclusiveMinimum":0}}}}}},{"if":{"properties":{"type":{"const":"cloudfoundry"}}},"then":{"additionalProperties":false,"required":["api","org","space","app","buildpack"],"properties":{"type":true,"api":{"description":"The Cloud Controller\'s URL (cf api), such as https://api.cf.eu10.hana.ondemand.com. The login server is found from it. https unless the host is this machine.","type":"string","pattern":"^https?://[^/]+"},"org":{"description":"The Cloud Foundry org of the app.","type":"string","minLength":1},"space":{"description":"The space of the app in the org.","type":"string","minLength":1},"app":{"description":"The app\'s name in the space. It must exist (cf create-app) with its services, such as the database, bound; mxdeploy deploys to it and never creates it.","type":"string","minLength":1},"buildpack":{"description":"The Mendix buildpack to stage with: the name of a buildpack installed on the platform (cf buildpacks), or the URL of a cf-mendix-buildpack release.","type":"string","minLength":1},"strategy":{"description":"rolling: a v3 deployment that replaces the instances one by one (the default); restart: stop the app, then start it with the new droplet.","enum":["rolling","restart"]},"timeouts":{"description":"How long each wait may take, in minutes.","type":"object","additionalProperties":false,"properties":{"upload":{"description":"Uploading the package until Cloud Foundry has processed it (default 15).","type":"number","exclusiveMinimum":0},"staging":{"description":"Staging the package with the buildpack (default 15).","type":"number","exclusiveMinimum":0},"start":{"description":"The rollout until an instance of the new droplet runs (default 15).","type":"number","exclusiveMinimum":0}}}}}},{"if":{"properties":{"type":{"const":"kubernetes"}}},"then":{"additionalProperties":false,"required":["namespace","name"],"properties":{"type":true,"namespace":{"description":"The namespace of the MendixApp, where the Mendix Operator runs (the operator serves one namespace).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"name":{"description":"The MendixApp resource\'s name: lower-case letters, digits and -, starting with a letter; names starting with mendix- are reserved by the operator.","type":"string","pattern":"^(?!mendix-)[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},"context":{"description":"The kubeconfig context (kubeconfig from KUBECONFIG, else ~/.kube/config, else the in-cluster service account). Default: the current context.","type":"string","minLength":1},"replicas":{"description":"spec.replicas: how many runtime pods run (0 stops the app). Default: the operator\'s (one).","type":"integer","minimum":0},"database-plan":{"description":"spec.database.servicePlan: a database plan registered in the namespace.","type":"string","minLength":1},"storage-plan":{"description":"spec.storage.servicePlan: a storage plan registered in the namespace.","type":"string","minLength":1},"app-url":{"description":"spec.appURL: the domain name the app is reached at, without scheme or path.","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"},"tls":{"description":"spec.tls: TLS of the app\'s Ingress or Route.","type":"object","additionalProperties":false,"required":["enable"],"properties":{"enable":{"description":"spec.tls.enableTLS.","type":"boolean"},"secret-name":{"description":"spec.tls.secretName: an existing kubernetes.io/tls Secret of the namespace.","type":"string","minLength":1}}},"resources":{"description":"spec.resources: CPU and memory of the runtime container.","type":"object","additionalProperties":false,"properties":{"limits":{"description":"spec.resources.limits.","type":"object","additionalProperties":false,"properties":{"cpu":{"type":["string","number"],"description":"A Kubernetes quantity, such as 500m or 1Gi."},"memory":{"type":["string","number"],"description":"A Kubernetes quantity, such as 500m or 1Gi."}}},"requests":{"description":"spec.resources.requests.","type":"object","additionalProperties":false,"properties":{"cpu":{"type":["string","number"],"description":"A Kubernetes quantity, such as 500m or 1Gi."},"memory":{"type":["string","number"],"description":"A Kubernetes quantity, such as 500m or 1Gi."}}}}},"environment-variables":{"description":"spec.runtime.environmentVariables: variables of the runtime container, each a value or a key of a Secret of the namespace.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"oneOf":[{"required":["value"]},{"required":["secret","key"]}],"properties":{"name":{"description":"The variable\'s name.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$"},"value":{"description":"Its value.","type":["string","number","boolean"]},"secret":{"description":"The Secret holding the value (valueFrom.secretKeyRef.name).","type":"string","minLength":1},"key":{"description":"The key of the Secret (valueFrom.secretKeyRef.key).","type":"string","minLength":1}}}},"custom-configuration":{"description":"spec.runtime.customConfiguration: custom Mendix runtime settings (written as JSON). Constants and scheduled events are not set here: mxdeploy sets them.","type":"object"},"spec":{"description":"Other MendixApp spec fields the Mendix Operator documents, written as its documents write them (ingressClassName, runtimeDeploymentPodAnnotations, runtime.logLevels, jvmMemorySettings…). mxdeploy refuses fields it sets itself and passwords.","type":"object"},"secret-constants":{"description":"Constants whose values the operator reads from the secret store (a SecretProviderClass named like the MendixApp, keys mx-const-Module.Name); mxdeploy keeps them out of the resource and checks that the store names them.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*\\\\.[A-Za-z_][A-Za-z0-9_]*$"}},"force-conflicts":{"description":"Take over fields another field manager (kubectl edit, another tool) owns instead of stopping on the conflict. Default false.","type":"boolean"},"timeout-minutes":{"description":"How long the operator may take to build and run the package (default 30).","type":"number","exclusiveMinimum":0}}}}]}}}');
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __webpack_require__(63797);
// EXTERNAL MODULE: ./src/fs/open-input.ts
var open_input = __webpack_require__(56318);
// EXTERNAL MODULE: ./src/stories/story-patterns.ts
var story_patterns = __webpack_require__(10970);
;// CONCATENATED MODULE: ./src/config/constant-text.ts

/**
 * Constant values exactly as the user wrote them. YAML reads `ApiVersion: 010` as the number 10
 * and `Ratio: 1.10` as 1.1, but a Mendix constant is text the runtime parses by the constant's
 * type: a String constant must get "010", a Decimal "1.10". Replaces, in the parsed `value`,
 * every unquoted number or boolean under environments.*.constants with its source text.
 */
function keepConstantText(document, value) {
    const environments = document.get('environments', true);
    if (!(0,dist/* isMap */.jh)(environments) || !isRaw(value) || !isRaw(value['environments']))
        return;
    const parsed = value['environments'];
    for (const environment of environments.items) {
        const name = scalarKey(environment.key);
        const parsedEnvironment = name === undefined ? undefined : parsed[name];
        if (!(0,dist/* isMap */.jh)(environment.value) || !isRaw(parsedEnvironment))
            continue;
        const constants = environment.value.get('constants', true);
        const parsedConstants = parsedEnvironment['constants'];
        if (!(0,dist/* isMap */.jh)(constants) || !isRaw(parsedConstants))
            continue;
        for (const constant of constants.items) {
            const key = scalarKey(constant.key);
            const node = constant.value;
            if (key === undefined || !(0,dist/* isScalar */.jn)(node))
                continue;
            const typed = node.value;
            if ((typeof typed === 'number' || typeof typed === 'boolean') && node.source !== undefined) {
                parsedConstants[key] = node.source;
            }
        }
    }
}
function isRaw(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function scalarKey(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return typeof key.value === 'string' ? key.value : String(key.value);
    return typeof key === 'string' ? key : undefined;
}

;// CONCATENATED MODULE: ./src/config/duplicate-keys.ts

/**
 * Keys given twice in one mapping. The YAML library's own check (uniqueKeys) compares each key
 * with every key before it, which made a file with 200,000 environments take minutes; a set per
 * mapping does the same in one pass.
 */
function duplicateKeys(document) {
    const found = [];
    (0,dist/* visit */.YR)(document, {
        Map(_, map) {
            const seen = new Set();
            for (const { key } of map.items) {
                if (!(0,dist/* isScalar */.jn)(key))
                    continue;
                if (seen.has(key.value))
                    found.push({ key: String(key.value), offset: key.range?.[0] ?? 0 });
                else
                    seen.add(key.value);
            }
        }
    });
    return found;
}

// EXTERNAL MODULE: ./src/config/normalize.ts + 1 modules
var normalize = __webpack_require__(76965);
;// CONCATENATED MODULE: ./src/config/yaml-position.ts

/** Line and column (1-based) of a YAML node, found by its JSON pointer path. */
function positionOf(document, lines, path, key) {
    let node = document.contents;
    for (const segment of path) {
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            break;
        const next = node.get(segment, true);
        if (next === undefined)
            break;
        node = next;
    }
    if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === key);
        if (pair && (0,dist/* isScalar */.jn)(pair.key) && pair.key.range)
            return toPosition(lines, pair.key.range[0]);
    }
    const range = node?.range;
    return range ? toPosition(lines, range[0]) : undefined;
}
function toPosition(lines, offset) {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}


;// CONCATENATED MODULE: ./src/config/load.ts













// Its own module, so that commands that only name it do not load the YAML parser and validator.

let validator;
function validate(value) {
    validator ??= new ajv.Ajv({ allErrors: true, verbose: true, strict: false }).compile(mxdeploy_schema_namespaceObject);
    return validator(value) ? [] : (validator.errors ?? []);
}
function pointerPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function describePath(path) {
    return path.length ? path.join('.') : 'the top level';
}
function explain(error) {
    const path = pointerPath(error.instancePath);
    const where = describePath(path);
    const schemaNode = error.parentSchema;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            const allowed = Object.keys(schemaNode?.properties ?? {}).filter((k) => k !== '$schema' && k !== 'type');
            const hint = allowed.length ? `; allowed here: ${allowed.join(', ')}` : '';
            return { message: `unknown key "${key}" in ${where}${hint}`, key };
        }
        case 'required':
            return {
                message: `${where} needs "${error.params.missingProperty}"`
            };
        case 'enum':
            return {
                message: `${where} is ${JSON.stringify(error.data)}; allowed: ${error.params.allowedValues.map(String).join(', ')}`
            };
        case 'type':
            return {
                message: `${where} must be ${error.params.type.toString().replace(/,/g, ' or ')}, not ${JSON.stringify(error.data)}`
            };
        case 'pattern': {
            if (error.schemaPath.includes('/propertyNames/'))
                return undefined; // reported as propertyNames
            const what = schemaNode?.description ? ` (${schemaNode.description})` : '';
            return { message: `${where} is ${JSON.stringify(error.data)}, which is not allowed${what}` };
        }
        case 'propertyNames': {
            const name = error.params.propertyName;
            const qualified = path.at(-1) === 'constants' || path.at(-1) === 'scheduled-events';
            const rule = qualified
                ? 'use the qualified name Module.Name, as Studio Pro shows it'
                : 'use letters, digits, "_", "." and "-" (at most 63), starting with a letter or digit';
            return { message: `name "${name}" in ${where} is not allowed: ${rule}`, key: name };
        }
        case 'if':
        case 'oneOf':
        case 'anyOf':
        case 'allOf':
            return undefined; // the errors inside say what is wrong
        default:
            return { message: `${where} ${error.message ?? 'is not valid'}` };
    }
}
/**
 * At most this many problems are reported: each is located by walking the document, and a file
 * wrong in every one of 200,000 environments would take that walk 200,000 times.
 */
const MAX_PROBLEMS = 20;
/** Validation problems as `file:line:column: message` lines, in file order, no repeats. */
function schemaProblems(errors, locate) {
    const found = new Map();
    let more = 0;
    for (const error of errors) {
        const explained = explain(error);
        if (!explained)
            continue;
        if (found.size >= MAX_PROBLEMS) {
            more++;
            continue;
        }
        const where = locate(pointerPath(error.instancePath), explained.key);
        found.set(`${where}: ${explained.message}`, where);
    }
    const position = (where) => where.split(':').slice(-2).map(Number);
    const lines = new Set([...found.entries()]
        .sort(([, a], [, b]) => {
        const [la = 0, ca = 0] = position(a);
        const [lb = 0, cb = 0] = position(b);
        return la - lb || ca - cb;
    })
        .map(([line]) => line));
    if (lines.size === 0 && errors.length > 0) {
        const first = errors[0];
        lines.add(`${locate(pointerPath(first.instancePath))}: ${describePath(pointerPath(first.instancePath))} ${first.message ?? 'is not valid'}`);
    }
    if (more > 0)
        lines.add(`… and ${more.toLocaleString('en-US')} more problems`);
    return [...lines];
}
/**
 * How many times aliases may be resolved: real configurations use a handful; a "billion laughs"
 * document nests aliases of aliases so a few lines expand into gigabytes.
 */
const MAX_ALIASES = 100;
/**
 * Aliases whose anchor is not set before them: the yaml library throws on them only in toJS(),
 * without a position. One walk in document order (Alias.resolve would walk once per alias).
 */
function unresolvedAliases(document) {
    const anchors = new Set();
    const found = [];
    (0,dist/* visit */.YR)(document, {
        Node(_, node) {
            if ((0,dist/* isAlias */.Vj)(node)) {
                if (!anchors.has(node.source))
                    found.push({
                        offset: node.range?.[0] ?? 0,
                        message: `the alias *${node.source} has no anchor &${node.source} before it`
                    });
            }
            else if (node.anchor) {
                anchors.add(node.anchor);
            }
        }
    });
    return found;
}
/** The document as plain values, refusing alias bombs before they expand. */
function toValue(document, path) {
    try {
        return document.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
    }
    catch (error) {
        // The yaml library's own words for it: "Excessive alias count indicates a resource exhaustion attack".
        if (!(error instanceof ReferenceError) || !/alias count/i.test(error.message))
            throw error;
        throw new src_errors/* ConfigurationError */.j1(`${path} uses YAML aliases more than ${MAX_ALIASES} times (an alias bomb expands a few lines into gigabytes): it is refused; write the values out instead`);
    }
}
/**
 * Reads and validates mxdeploy.yml against the shipped JSON Schema; every problem is reported with
 * its file, line and column, and what is allowed there.
 */
async function loadConfig(file, options = {}) {
    const path = (0,external_node_path_.resolve)(file);
    let text;
    try {
        if ((await (0,promises_.stat)(path)).isDirectory())
            throw new src_errors/* ConfigurationError */.j1(`configuration ${file} is a directory; give the ${config_file/* CONFIG_FILE */.g} file`);
        // Opened as user input: a FIFO or a device is refused instead of read forever.
        const handle = await (0,open_input/* openInputFile */.H)(path, 'configuration');
        try {
            text = await handle.readFile('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        // ENOTDIR: a folder on the way is a file, so nothing is there either.
        if ((0,src_errors/* errnoCode */.UK)(error) === 'ENOENT' || (0,src_errors/* errnoCode */.UK)(error) === 'ENOTDIR') {
            throw new src_errors/* ConfigurationError */.j1(`configuration ${file} does not exist: create ${config_file/* CONFIG_FILE */.g} (see README) or pass --config FILE`);
        }
        throw error;
    }
    return parseConfig(text, path, options);
}
/** Validates the text of a configuration file; `path` is used for messages and relative paths. */
function parseConfig(text, path, options = {}) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        prettyErrors: false,
        uniqueKeys: false
    });
    const yamlErrors = [
        ...document.errors.map((error) => ({
            offset: error.pos[0],
            message: error.code === 'MULTIPLE_DOCS'
                ? 'a second YAML document starts here (after ---); mxdeploy.yml is one document'
                : error.message.split('\n')[0]
        })),
        ...unresolvedAliases(document),
        ...duplicateKeys(document).map(({ key, offset }) => ({
            offset,
            message: `Map keys must be unique: "${key}" is given twice`
        }))
    ];
    if (yamlErrors.length > 0) {
        const detail = yamlErrors.map(({ offset, message }) => {
            const { line, col } = lines.linePos(offset);
            return `${path}:${line}:${col}: ${message}`;
        });
        throw new src_errors/* ConfigurationError */.j1(`${path} is not valid YAML:\n${detail.join('\n')}`);
    }
    const value = toValue(document, path);
    keepConstantText(document, value);
    const locate = (at, key) => {
        const position = positionOf(document, lines, at, key);
        return position ? `${path}:${position.line}:${position.column}` : path;
    };
    const errors = validate(value);
    if (errors.length > 0) {
        throw new src_errors/* ConfigurationError */.j1(`${path} has errors:\n${schemaProblems(errors, locate).join('\n')}`);
    }
    const dir = (0,external_node_path_.dirname)(path);
    const stateDir = options.stateDir
        ? (0,external_node_path_.isAbsolute)(options.stateDir)
            ? options.stateDir
            : (0,external_node_path_.resolve)(options.stateDir)
        : (0,external_node_path_.resolve)(dir, '.mxdeploy');
    const config = (0,normalize/* normalizeConfig */.I6)(value, {
        file: path,
        dir,
        stateDir,
        locate
    });
    // A bad story pattern is a configuration error now, not when the first trace runs.
    (0,story_patterns/* compileStoryPatterns */.Y9)(config.traceability.patterns, locate(['traceability', 'patterns']));
    return config;
}


/***/ }),

/***/ 76965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rx: () => (/* binding */ DEFAULT_DEPLOY_API_URL),
  AJ: () => (/* binding */ DEFAULT_PORTAL_API_URL),
  I6: () => (/* binding */ normalizeConfig)
});

// UNUSED EXPORTS: DEFAULT_CLOUD_FOUNDRY_TIMEOUTS, DEFAULT_M2EE_RESTART, DEFAULT_MENDIX_CLOUD_TIMEOUTS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/config/kubernetes-target.ts

/** Minutes: the Mendix documents say the statuses can take up to ten minutes to reach Ready. */
const DEFAULT_KUBERNETES_TIMEOUT_MINUTES = 30;
/**
 * Spec fields mxdeploy writes itself (from the package, the environment or a key of its own),
 * and fields that hold passwords or keys, which would reach the repository and the resource.
 */
const REFUSED_SPEC = {
    sourceURL: 'mxdeploy sets it to the package being staged',
    sourceVersion: 'mxdeploy sets the package through sourceURL',
    mendixRuntimeVersion: 'mxdeploy sets it from the package',
    replicas: 'use target.replicas',
    database: 'use target.database-plan',
    storage: 'use target.storage-plan',
    appURL: 'use target.app-url',
    tls: 'use target.tls (a TLS key belongs in a kubernetes.io/tls Secret, named by tls.secret-name)',
    resources: 'use target.resources',
    'runtime.dtapMode': "mxdeploy sets it from the environment's production: setting",
    'runtime.microflowConstants': 'set constants under the environment’s constants:',
    'runtime.scheduledEventExecution': 'set them under the environment’s scheduled-events:',
    'runtime.myScheduledEvents': 'set them under the environment’s scheduled-events:',
    'runtime.environmentVariables': 'use target.environment-variables',
    'runtime.customConfiguration': 'use target.custom-configuration',
    'runtime.mxAdminPassword': 'a password in mxdeploy.yml reaches the repository and the resource: keep it in the secret store (key mx-admin-password), see docs/kubernetes.md',
    'runtime.debuggerPassword': 'a password in mxdeploy.yml reaches the repository and the resource: keep it in the secret store (key mx-debugger-password), see docs/kubernetes.md',
    'runtime.clientCertificates': 'client certificates and their passwords do not belong in mxdeploy.yml: add them to the resource outside mxdeploy',
    'runtime.runtimeLicense': 'a license key does not belong in mxdeploy.yml: add it to the resource outside mxdeploy'
};
/** Runtime settings of customConfiguration that mxdeploy sets through their own spec fields. */
const REFUSED_CUSTOM = ['MicroflowConstants', 'ScheduledEventExecution', 'MyScheduledEvents'];
function refusedSpecField(spec) {
    for (const [path, why] of Object.entries(REFUSED_SPEC)) {
        const [head, tail] = path.split('.');
        const value = spec[head];
        if (value === undefined)
            continue;
        if (tail === undefined)
            return [path, why];
        if (typeof value === 'object' && value !== null && tail in value)
            return [path, why];
    }
    return undefined;
}
function environmentVariables(raw) {
    return (raw ?? []).map((item) => item['value'] !== undefined
        ? { name: item['name'], value: String(item['value']) }
        : {
            name: item['name'],
            secret: item['secret'],
            key: item['key']
        });
}
function quantities(raw) {
    if (raw === undefined)
        return undefined;
    return Object.fromEntries(Object.entries(raw).map(([kind, values]) => [
        kind,
        Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]))
    ]));
}
/**
 * The kubernetes target of a validated document. Refuses, naming the key, spec fields mxdeploy
 * sets itself or that carry passwords, and secret constants given a value in mxdeploy.yml.
 */
function kubernetesTarget(raw, environment, locate) {
    const at = ['environments', environment.name, 'target'];
    const spec = (raw['spec'] ?? {});
    const refused = refusedSpecField(spec);
    if (refused) {
        throw new errors/* ConfigurationError */.j1(`${locate([...at, 'spec'], refused[0].split('.')[0])}: target.spec.${refused[0]} of environment ${environment.name} is not allowed: ${refused[1]}`);
    }
    const custom = raw['custom-configuration'];
    const owned = REFUSED_CUSTOM.find((key) => custom && key in custom);
    if (owned) {
        throw new errors/* ConfigurationError */.j1(`${locate([...at, 'custom-configuration'], owned)}: ${owned} in custom-configuration of environment ${environment.name} is not allowed: mxdeploy sets constants and scheduled events from the environment's constants: and scheduled-events:`);
    }
    const secretConstants = (raw['secret-constants'] ?? []);
    const valued = secretConstants.find((name) => name in environment.constants);
    if (valued) {
        throw new errors/* ConfigurationError */.j1(`${locate(['environments', environment.name, 'constants'], valued)}: constant ${valued} of environment ${environment.name} is listed in target.secret-constants and has a value here: a secret's value belongs in the secret store (key mx-const-${valued}), not in mxdeploy.yml; remove it from constants:`);
    }
    if (secretConstants.length > 0 &&
        spec['allowOverrideSecretsWithSecretStoreCSIDriver'] === false) {
        throw new errors/* ConfigurationError */.j1(`${locate([...at, 'spec'], 'allowOverrideSecretsWithSecretStoreCSIDriver')}: environment ${environment.name} reads secret-constants from the secret store, which the operator uses only with allowOverrideSecretsWithSecretStoreCSIDriver: true; remove the false`);
    }
    const tls = raw['tls'];
    return {
        type: 'kubernetes',
        namespace: raw['namespace'],
        name: raw['name'],
        context: raw['context'],
        replicas: raw['replicas'],
        databasePlan: raw['database-plan'],
        storagePlan: raw['storage-plan'],
        appUrl: raw['app-url'],
        tls: tls
            ? { enable: tls['enable'], secretName: tls['secret-name'] }
            : undefined,
        resources: quantities(raw['resources']),
        environmentVariables: environmentVariables(raw['environment-variables']),
        customConfiguration: custom,
        spec,
        secretConstants,
        forceConflicts: raw['force-conflicts'] ?? false,
        timeoutMinutes: raw['timeout-minutes'] ?? DEFAULT_KUBERNETES_TIMEOUT_MINUTES
    };
}

;// CONCATENATED MODULE: ./src/config/normalize.ts



const DEFAULT_KEEP = 5;
const DEFAULT_DEPLOY_API_URL = 'https://deploy.mendix.com';
const DEFAULT_PORTAL_API_URL = 'https://cloud.home.mendix.com';
/** Minutes: generous, since a large app's backup or first start can take long. */
const DEFAULT_MENDIX_CLOUD_TIMEOUTS = {
    upload: 30,
    backup: 60,
    transport: 10,
    stop: 10,
    start: 30
};
/** Minutes: staging as the cf CLI allows it; a Mendix start may synchronise the database. */
const DEFAULT_CLOUD_FOUNDRY_TIMEOUTS = { upload: 15, staging: 15, start: 15 };
const DEFAULT_STORY_LIMIT = 1000;
/** m2ee-tools' own non-interactive restart; mxdeploy adds the `-c` files when it runs it. */
const DEFAULT_M2EE_RESTART = 'm2ee --yolo restart';
function pathIn(dir, value) {
    return typeof value === 'string' ? ((0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(dir, value)) : undefined;
}
function mendixCloudTarget(raw, name) {
    const timeouts = (raw['timeouts'] ?? {});
    const trim = (url) => url.replace(/\/+$/, '');
    return {
        type: 'mendix-cloud',
        appId: raw['app-id'],
        environment: raw['environment'] ?? name,
        deployApiUrl: trim(raw['deploy-api-url'] ?? DEFAULT_DEPLOY_API_URL),
        portalApiUrl: trim(raw['portal-api-url'] ?? DEFAULT_PORTAL_API_URL),
        backup: raw['backup'],
        timeouts: {
            upload: timeouts['upload'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.upload,
            backup: timeouts['backup'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.backup,
            transport: timeouts['transport'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.transport,
            stop: timeouts['stop'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.stop,
            start: timeouts['start'] ?? DEFAULT_MENDIX_CLOUD_TIMEOUTS.start
        }
    };
}
function cloudFoundryTarget(raw) {
    const timeouts = (raw['timeouts'] ?? {});
    return {
        type: 'cloudfoundry',
        api: raw['api'].replace(/\/+$/, ''),
        org: raw['org'],
        space: raw['space'],
        app: raw['app'],
        buildpack: raw['buildpack'],
        strategy: raw['strategy'] ?? 'rolling',
        timeouts: {
            upload: timeouts['upload'] ?? DEFAULT_CLOUD_FOUNDRY_TIMEOUTS.upload,
            staging: timeouts['staging'] ?? DEFAULT_CLOUD_FOUNDRY_TIMEOUTS.staging,
            start: timeouts['start'] ?? DEFAULT_CLOUD_FOUNDRY_TIMEOUTS.start
        }
    };
}
function target(raw, environment, context) {
    const { name } = environment;
    if (!raw || raw['type'] === 'local') {
        return {
            type: 'local',
            path: pathIn(context.dir, raw?.['path']) ?? (0,external_node_path_.resolve)(context.stateDir, 'envs', name),
            keep: raw?.['keep'] ?? DEFAULT_KEEP,
            ...(typeof raw?.['restart'] === 'string' ? { restart: raw['restart'] } : {})
        };
    }
    if (raw['type'] === 'mendix-cloud')
        return mendixCloudTarget(raw, name);
    if (raw['type'] === 'image') {
        const platforms = raw['platforms'];
        return {
            type: 'image',
            base: raw['base'],
            image: raw['image'],
            platforms,
            compression: raw['compression'] ?? 'gzip'
        };
    }
    if (raw['type'] === 'cloudfoundry')
        return cloudFoundryTarget(raw);
    if (raw['type'] === 'kubernetes')
        return kubernetesTarget(raw, environment, context.locate);
    if (raw['type'] === 'm2ee') {
        return {
            type: 'm2ee',
            appBase: pathIn(context.dir, raw['app-base']),
            m2eeConfig: pathIn(context.dir, raw['m2ee-config']),
            restart: raw['restart'] ?? DEFAULT_M2EE_RESTART,
            keep: raw['keep'] ?? DEFAULT_KEEP
        };
    }
    return {
        type: 'command',
        run: raw['run'],
        ...(typeof raw['timeout-minutes'] === 'number'
            ? { timeoutMinutes: raw['timeout-minutes'] }
            : {})
    };
}
function environment(name, raw, context) {
    const protection = (raw['protection'] ?? {});
    const constants = Object.fromEntries(Object.entries((raw['constants'] ?? {})).map(([key, value]) => [key, String(value)]));
    return {
        name,
        target: target(raw['target'], { name, constants }, context),
        after: raw['after'],
        url: raw['url'],
        production: raw['production'] ?? /^prod(uction)?$/i.test(name),
        constants,
        scheduledEvents: raw['scheduled-events'],
        newConstants: raw['new-constants'] ?? 'default',
        protection: {
            reviewers: protection['reviewers'] ?? 'none',
            preventSelfReview: protection['prevent-self-review'] ?? false,
            mfa: protection['mfa'] ?? 'none',
            sessionHours: protection['session-hours'] ?? 8
        }
    };
}
/**
 * Every `after:` names an environment of the file, and following them never comes back. Each
 * environment is walked through once (a walk stops at one already checked), so this is linear in
 * the number of environments however long the chains.
 */
function checkOrder(environments, context) {
    const byName = new Map(environments.map((env) => [env.name, env]));
    const state = new Map();
    for (const env of environments) {
        if (env.after !== undefined && !byName.has(env.after)) {
            const known = environments.map((e) => e.name).join(', ');
            throw new errors/* ConfigurationError */.j1(`${context.locate(['environments', env.name, 'after'])}: environment "${env.name}" comes after "${env.after}", which is not an environment of this file (they are: ${known})`);
        }
        const path = [];
        let step = env;
        while (step && !state.has(step.name)) {
            state.set(step.name, 'walking');
            path.push(step);
            step = step.after === undefined ? undefined : byName.get(step.after);
        }
        if (step && state.get(step.name) === 'walking') {
            throw new errors/* ConfigurationError */.j1(`${context.locate(['environments', env.name, 'after'])}: the "after:" links form a cycle: ${[...path, step].map((e) => e.name).join(' → ')}`);
        }
        for (const walked of path)
            state.set(walked.name, 'checked');
    }
}
/** Applies defaults to a validated document and resolves its paths. */
function normalizeConfig(raw, context) {
    const build = (raw['build'] ?? {});
    const traceability = (raw['traceability'] ?? {});
    const repository = raw['repository'] ?? `file:${(0,external_node_path_.resolve)(context.stateDir, 'packages')}`;
    const environments = Object.entries((raw['environments'] ?? {})).map(([name, env]) => environment(name, env ?? {}, context));
    checkOrder(environments, context);
    return {
        file: context.file,
        dir: context.dir,
        app: raw['app'],
        build: {
            deploymentDir: pathIn(context.dir, build['deployment-dir']),
            project: pathIn(context.dir, build['project']),
            version: build['version'],
            output: pathIn(context.dir, build['output'])
        },
        repositoryConfigured: raw['repository'] !== undefined,
        repository: repository.startsWith('file:')
            ? `file:${pathIn(context.dir, repository.slice(5))}`
            : repository,
        traceability: {
            requireStory: traceability['require-story'] ?? 'off',
            patterns: traceability['patterns'],
            limit: traceability['limit'] ?? DEFAULT_STORY_LIMIT
        },
        environments
    };
}


/***/ }),

/***/ 56318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ openInputFile),
/* harmony export */   e: () => (/* binding */ openInputFileIfThere)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * Without O_NONBLOCK, opening a FIFO for reading waits for a writer, forever and in the thread
 * pool. Windows has no such flag (and no FIFOs in the file system).
 */
const READ_NONBLOCKING = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}
function notRegular(noun, path, info) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} is ${kindOf(info)}, not a regular file`);
}
/**
 * Opens a regular file the user named for reading, or returns undefined when nothing is there.
 * Anything else is refused before it is read, and the check itself never blocks: `stat` first (so
 * a device is never even opened), then a non-blocking open and `fstat` (in case the path was
 * swapped in between).
 */
async function openInputFileIfThere(path, noun = 'file') {
    let handle;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!info.isFile())
            throw notRegular(noun, path, info);
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, READ_NONBLOCKING);
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(error);
        if (code === 'ENOENT')
            return undefined;
        if (code === 'EACCES')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} can't be read (permission denied)`);
        throw error;
    }
    const info = await handle.stat();
    if (!info.isFile()) {
        await handle.close();
        throw notRegular(noun, path, info);
    }
    return handle;
}
/** Opens a regular file the user named for reading; a missing or unreadable one is an input error. */
async function openInputFile(path, noun = 'file') {
    const handle = await openInputFileIfThere(path, noun);
    if (!handle)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${noun} ${path} does not exist`);
    return handle;
}


/***/ })

};
