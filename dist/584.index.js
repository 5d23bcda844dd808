export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REQUEST_TIMEOUT_MS: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   describeError: () => (/* reexport safe */ _common_js__WEBPACK_IMPORTED_MODULE_1__.Uc),
/* harmony export */   githubClient: () => (/* binding */ githubClient),
/* harmony export */   httpStatus: () => (/* reexport safe */ _common_js__WEBPACK_IMPORTED_MODULE_1__.nG),
/* harmony export */   repoFrom: () => (/* reexport safe */ _common_js__WEBPACK_IMPORTED_MODULE_1__.Zo)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(450);
// The GitHub REST client the action uses: octokit from @actions/github, pointed at GITHUB_API_URL
// (GitHub Enterprise Server, or a local server in tests) with a timeout on every request, so that
// a slow API delays the run by at most that much and never hangs it. What needs no client (a
// repository's name, what a failed call says) is in common.ts, so that reading it loads no octokit.


const REQUEST_TIMEOUT_MS = 30_000;
function githubClient(token, apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com', timeoutMs = REQUEST_TIMEOUT_MS) {
    // The base URL is passed here rather than left to @actions/github's defaults, which are read
    // once when the module loads.
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
    client.hook.before('request', (options) => {
        options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
    });
    return client;
}


/***/ })

};
