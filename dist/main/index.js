import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 67311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ chooseRepository)
/* harmony export */ });
/* unused harmony export JOB_DEFAULT_REPOSITORY */
/** The repository a job uses when nothing names one: a `file:` folder would go with the job. */
const JOB_DEFAULT_REPOSITORY = 'github-release';
/**
 * The package repository of every command, for both faces — one rule, so that what publish
 * writes is where stage and build look:
 * 1. the URI given (`--repository`, input `repository`);
 * 2. else the `repository:` mxdeploy.yml names, whatever it is (a `file:` folder too: in a job it
 *    lasts as long as the runner's workspace, which suits a self-hosted runner);
 * 3. else the default: the embedded `file:` folder beside mxdeploy.yml for the CLI (or
 *    `.mxdeploy/packages` in the working folder without one), `github-release` in a job.
 */
function chooseRepository(options) {
    const { given, config, face } = options;
    if (given)
        return given;
    if (config?.repositoryConfigured) {
        if (face === 'action' && config.repository.startsWith('file:')) {
            options.log?.info(`the package repository is the folder ${config.repository.slice(5)} (mxdeploy.yml): it lasts as long as this runner's workspace, so jobs on other runners will not find its packages`);
        }
        return config.repository;
    }
    if (face === 'action')
        return JOB_DEFAULT_REPOSITORY;
    return config?.repository ?? 'file:.mxdeploy/packages';
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   OK: () => (/* binding */ OperationError),
/* harmony export */   UK: () => (/* binding */ errnoCode),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * A mistake in what the user gave us: flags, inputs, configuration, a bad file. The CLI
 * exits 2 on it and nothing has been changed.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** An operation that could not be completed for reasons other than the user's input (exit 1). */
class OperationError extends Error {
    name = 'OperationError';
}
/** The message of anything thrown, including non-`Error` values. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return `unexpected error: ${JSON.stringify(error)}`;
    }
    catch {
        return `unexpected error: ${String(error)}`;
    }
}
/** Exit code for a thrown value: 2 for the user's mistakes, 1 for everything else. */
function exitCodeOf(error) {
    return error instanceof ConfigurationError ? 2 : 1;
}
/** Node's errno code of a file-system error, if there is one. */
function errnoCode(error) {
    if (typeof error === 'object' && error !== null && 'code' in error) {
        const code = error.code;
        return typeof code === 'string' ? code : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 38261:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   githubAccess: () => (/* binding */ githubAccess),
/* harmony export */   ownerAndRepo: () => (/* binding */ ownerAndRepo)
/* harmony export */ });
/**
 * GitHub access from an environment: the runner's variables, and `token` when a face has one of
 * its own (an action's github-token input); else GITHUB_TOKEN, then GH_TOKEN (the gh CLI's).
 */
function githubAccess(env, token) {
    return {
        token: token || env['GITHUB_TOKEN'] || env['GH_TOKEN'] || undefined,
        apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
        repository: env['GITHUB_REPOSITORY'] || undefined,
        sha: env['GITHUB_SHA'] || undefined,
        actor: env['GITHUB_ACTOR'] || undefined
    };
}
/** `owner` and `repo` of the access's repository, when it names one. */
function ownerAndRepo(access) {
    const [owner, repo, extra] = (access.repository ?? '').split('/');
    return owner && repo && extra === undefined ? { owner, repo } : undefined;
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    secret: () => undefined
};


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ errors/* ConfigurationError */.j1),
  OK: () => (/* reexport */ errors/* OperationError */.OK),
  e1: () => (/* reexport */ buildApp),
  QJ: () => (/* reexport */ repository_choice/* chooseRepository */.Q),
  Yh: () => (/* reexport */ access.githubAccess),
  Hz: () => (/* reexport */ inspectPackage),
  Z9: () => (/* reexport */ loadConfig),
  YQ: () => (/* reexport */ openActivityLog),
  h_: () => (/* reexport */ openRepository),
  eo: () => (/* reexport */ publishPackage),
  Cs: () => (/* binding */ runAction),
  ak: () => (/* binding */ runCli),
  aI: () => (/* reexport */ runPipeline),
  qq: () => (/* reexport */ log/* silentLogger */.q),
  _8: () => (/* reexport */ stageApp),
  sB: () => (/* reexport */ verifyPackage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(25625);
// EXTERNAL MODULE: ./src/github/access.ts
var access = __nccwpck_require__(38261);
// EXTERNAL MODULE: ./src/app/repository-choice.ts
var repository_choice = __nccwpck_require__(67311);
;// CONCATENATED MODULE: ./src/library.ts




/** Reads and validates mxdeploy.yml (exit-2 errors are ConfigurationErrors with file:line:col). */
async function loadConfig(file, options) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3198), __nccwpck_require__.e(2822)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33198))).loadConfig(file, options);
}
/** The package repository a URI selects (file:DIR, github-release, oci://HOST/REPO, artifact). */
async function openRepository(uri, context) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(11), __nccwpck_require__.e(1673), __nccwpck_require__.e(6670)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1673))).openRepository(uri, context);
}
/** The default activity log: one JSON line per operation in `path`. */
async function openActivityLog(path, log) {
    const { JsonlActivityLog } = await __nccwpck_require__.e(/* import() */ 764).then(__nccwpck_require__.bind(__nccwpck_require__, 30764));
    return new JsonlActivityLog(path, log ? { log } : {});
}
/** Builds an MDA from a deployment folder or a .mpr, with its manifest and stories. */
async function buildApp(request) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(11), __nccwpck_require__.e(1913), __nccwpck_require__.e(1673), __nccwpck_require__.e(8638), __nccwpck_require__.e(4722), __nccwpck_require__.e(3379)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75648))).buildApp(request);
}
/** What a package holds, from its central directory and metadata.json. */
async function inspectPackage(path) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(7445), __nccwpck_require__.e(7437)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77700))).inspectPackage(path);
}
/** Checks a package end to end (CRC, safety rules, local headers, .sha256). */
async function verifyPackage(path) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(1913), __nccwpck_require__.e(7445), __nccwpck_require__.e(2485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 82485))).verifyPackage(path);
}
/** Verifies a package and publishes it; never overwrites. */
async function publishPackage(repository, file, options) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(1913), __nccwpck_require__.e(7445), __nccwpck_require__.e(1726)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21726))).publishPackage(repository, file, options);
}
/** Stages one published package to one environment after every check. */
async function stageApp(request) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(11), __nccwpck_require__.e(1913), __nccwpck_require__.e(7445), __nccwpck_require__.e(8638), __nccwpck_require__.e(9957), __nccwpck_require__.e(8796), __nccwpck_require__.e(5329), __nccwpck_require__.e(5723), __nccwpck_require__.e(503), __nccwpck_require__.e(3406)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70503))).stageApp(request);
}
/** Build → publish → stage through every environment, stopping before a protected one. */
async function runPipeline(request) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(11), __nccwpck_require__.e(1913), __nccwpck_require__.e(1673), __nccwpck_require__.e(7445), __nccwpck_require__.e(8638), __nccwpck_require__.e(9957), __nccwpck_require__.e(8796), __nccwpck_require__.e(5329), __nccwpck_require__.e(5723), __nccwpck_require__.e(4722), __nccwpck_require__.e(503), __nccwpck_require__.e(3605), __nccwpck_require__.e(2221)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3605))).runPipeline(request);
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The one bundle behind every action and the CLI. Entry points import what they need lazily,
 * so each action or command loads only its own code.
 */
async function runAction(name) {
    const { runAction: run } = await __nccwpck_require__.e(/* import() */ 765).then(__nccwpck_require__.bind(__nccwpck_require__, 60765));
    await run(name);
}
async function runCli(argv) {
    const { runCli: run } = await __nccwpck_require__.e(/* import() */ 2833).then(__nccwpck_require__.bind(__nccwpck_require__, 62833));
    return run(argv, {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        cwd: process.cwd()
    });
}


var __webpack_exports__ConfigurationError = __webpack_exports__.j1;
var __webpack_exports__OperationError = __webpack_exports__.OK;
var __webpack_exports__buildApp = __webpack_exports__.e1;
var __webpack_exports__chooseRepository = __webpack_exports__.QJ;
var __webpack_exports__githubAccess = __webpack_exports__.Yh;
var __webpack_exports__inspectPackage = __webpack_exports__.Hz;
var __webpack_exports__loadConfig = __webpack_exports__.Z9;
var __webpack_exports__openActivityLog = __webpack_exports__.YQ;
var __webpack_exports__openRepository = __webpack_exports__.h_;
var __webpack_exports__publishPackage = __webpack_exports__.eo;
var __webpack_exports__runAction = __webpack_exports__.Cs;
var __webpack_exports__runCli = __webpack_exports__.ak;
var __webpack_exports__runPipeline = __webpack_exports__.aI;
var __webpack_exports__silentLogger = __webpack_exports__.qq;
var __webpack_exports__stageApp = __webpack_exports__._8;
var __webpack_exports__verifyPackage = __webpack_exports__.sB;
export { __webpack_exports__ConfigurationError as ConfigurationError, __webpack_exports__OperationError as OperationError, __webpack_exports__buildApp as buildApp, __webpack_exports__chooseRepository as chooseRepository, __webpack_exports__githubAccess as githubAccess, __webpack_exports__inspectPackage as inspectPackage, __webpack_exports__loadConfig as loadConfig, __webpack_exports__openActivityLog as openActivityLog, __webpack_exports__openRepository as openRepository, __webpack_exports__publishPackage as publishPackage, __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli, __webpack_exports__runPipeline as runPipeline, __webpack_exports__silentLogger as silentLogger, __webpack_exports__stageApp as stageApp, __webpack_exports__verifyPackage as verifyPackage };
