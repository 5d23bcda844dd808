export const id = 39;
export const ids = [39];
export const modules = {

/***/ 9039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CheckPool: () => (/* binding */ CheckPool),
/* harmony export */   useWorkerEntry: () => (/* binding */ useWorkerEntry),
/* harmony export */   workerEndpoint: () => (/* binding */ workerEndpoint)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9505);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4253);
// The scan's side of the analysis worker. Analyzing build scripts is CPU work; on the main thread
// it would hold back every response waiting to be handled, so once the worker is up, sdists stream
// to it and the main thread only moves bytes. Until it is up (and where no worker can run: tests
// from source, a worker that failed) checks run here as before, and so do very large sdists: what
// they cost is inflating (done off the thread by zlib either way), and streaming them through a
// second thread would double the buffers waiting to be collected, and hold up the small ones queued
// behind them on the worker.



/** Chunks sent ahead of the worker's reading; bounds what one sdist can queue in memory. */
const WINDOW = 16;
/** sdists at least this big (as the index or lock gives their size) are read on this thread. */
const LOCAL_FROM_BYTES = 16 * 1024 * 1024;
/**
 * While the worker starts, this many checks run here; later ones wait for it. A scan with a few
 * sdists does not wait for a worker at all, and a large one does not analyze here while the
 * responses it waits for pile up.
 */
const LOCAL_WHILE_STARTING = 2;
/** A worker not up by then is given up on: the checks waiting for it run here. */
const START_TIMEOUT_MS = 30_000;
let workerEntry;
/**
 * Names the file a worker runs: the program's own entry, which serves checks when started with
 * WORKER_ROLE in its workerData. Entries call this; without it every check runs in-thread.
 */
function useWorkerEntry(entry) {
    workerEntry = entry;
}
function workerEndpoint(entry) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(entry, { workerData: { [_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKER_ROLE */ .M]: true } });
    return { port: worker, terminate: async () => void (await worker.terminate()) };
}
class CheckPool {
    spawn;
    endpoint;
    state = 'idle';
    jobs = new Map();
    nextId = 1;
    localWhileStarting = 0;
    startTimer;
    /** Settles once the worker is ready or cannot be used. */
    settled = Promise.resolve();
    settle = () => { };
    /** Checks done on the worker and on this thread, for the curious. */
    counts = { worker: 0, local: 0 };
    /** `spawn` returns undefined when no worker can be started. */
    constructor(spawn = () => (workerEntry ? workerEndpoint(workerEntry) : undefined)) {
        this.spawn = spawn;
    }
    /** `size`: the file's size when the index or the lock gives it. */
    async check(filename, body, limits, size) {
        const large = size !== undefined && size >= LOCAL_FROM_BYTES;
        if (this.state === 'idle' && !large)
            this.start();
        if (this.state === 'starting' && !large && this.localWhileStarting++ >= LOCAL_WHILE_STARTING)
            await this.settled;
        if (this.state !== 'ready' || large) {
            this.counts.local++;
            return (0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .readAndAnalyze */ .u)(filename, body, limits);
        }
        this.counts.worker++;
        return this.remote(filename, body, limits);
    }
    async close() {
        const endpoint = this.endpoint;
        this.endpoint = undefined;
        this.state = 'broken';
        clearTimeout(this.startTimer);
        this.settle();
        this.failAll(new Error('the analysis worker was stopped'));
        await endpoint?.terminate().catch(() => { });
    }
    start() {
        this.state = 'broken';
        let endpoint;
        try {
            endpoint = this.spawn();
        }
        catch {
            return;
        }
        if (!endpoint)
            return;
        this.endpoint = endpoint;
        this.state = 'starting';
        this.settled = new Promise((resolve) => (this.settle = resolve));
        endpoint.port.on('message', (m) => this.onMessage(m));
        const broken = (why) => {
            if (this.endpoint !== endpoint)
                return;
            this.state = 'broken';
            this.settle();
            this.failAll(new Error(`the analysis worker stopped (${why})`));
        };
        endpoint.port.on('error', (err) => broken(err instanceof Error ? err.message : String(err)));
        endpoint.port.on('exit', (code) => broken(`exit code ${String(code)}`));
        this.startTimer = setTimeout(() => {
            if (this.state !== 'starting' || this.endpoint !== endpoint)
                return;
            broken(`not started after ${START_TIMEOUT_MS / 1000} s`);
            this.endpoint = undefined;
            void endpoint.terminate().catch(() => { });
        }, START_TIMEOUT_MS);
        this.startTimer.unref();
    }
    failAll(err) {
        for (const job of this.jobs.values()) {
            job.cancelled = true;
            job.wake?.();
            job.reject(err);
        }
        this.jobs.clear();
    }
    onMessage(m) {
        if (m.t === 'ready') {
            if (this.state === 'starting')
                this.state = 'ready';
            clearTimeout(this.startTimer);
            this.settle();
            return;
        }
        const job = this.jobs.get(m.id);
        if (!job)
            return;
        switch (m.t) {
            case 'credit':
                job.credits++;
                break;
            case 'cancel':
                job.cancelled = true;
                break;
            case 'result':
                this.jobs.delete(m.id);
                job.resolve(m.check);
                break;
            case 'error':
                this.jobs.delete(m.id);
                job.reject(new Error(m.message));
                break;
        }
        const wake = job.wake;
        job.wake = undefined;
        wake?.();
    }
    async remote(filename, body, limits) {
        const port = this.endpoint.port;
        const id = this.nextId++;
        const post = (m, transfer) => port.postMessage(m, transfer);
        let job;
        const result = new Promise((resolve, reject) => {
            job = { resolve, reject, credits: WINDOW, cancelled: false, wake: undefined };
        });
        this.jobs.set(id, job);
        post({ t: 'start', id, filename, ...(limits ? { limits } : {}) });
        const pumped = this.pump(id, job, body, post);
        try {
            return await result;
        }
        finally {
            // The download is not left half read: its iterator is finished or closed before returning.
            job.cancelled = true;
            job.wake?.();
            await pumped;
        }
    }
    /** Sends the body as the worker takes it; stops (closing the download) when the worker cancels. */
    async pump(id, job, body, post) {
        const it = body[Symbol.asyncIterator]();
        let finished = false;
        try {
            for (;;) {
                while (job.credits <= 0 && !job.cancelled)
                    await new Promise((resolve) => (job.wake = resolve));
                if (job.cancelled)
                    break;
                const step = await it.next();
                if (step.done) {
                    finished = true;
                    if (!job.cancelled)
                        post({ t: 'end', id });
                    break;
                }
                if (job.cancelled)
                    break;
                // The chunk's memory is not ours to give away (others may hold views into it): the worker
                // gets a copy, whose buffer moves without a second copy.
                const data = new Uint8Array(step.value);
                job.credits--;
                post({ t: 'chunk', id, data }, [data.buffer]);
            }
        }
        catch (err) {
            finished = true;
            if (!job.cancelled)
                post({ t: 'fail', id, message: err instanceof Error ? err.message : String(err) });
        }
        finally {
            if (!finished)
                await it.return?.();
        }
    }
}


/***/ })

};
