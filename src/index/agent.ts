// The HTTP agent requests go through: undici's Agent and its request(), loaded alone. undici's
// entry module loads every part of undici at once (fetch, WebSocket, EventSource, mocks, caches,
// interceptors): about 70 ms of loading before a scan's first request could leave, where the agent
// and request() alone take about 28.

import type { Agent, Dispatcher } from 'undici';

/** What the index client uses of an agent. */
export interface RequestAgent {
  request(options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
  destroy(): Promise<void>;
}

/** An agent with `options`, loading the parts of undici it needs on the first call. */
export async function makeAgent(options: Agent.Options): Promise<RequestAgent> {
  const [{ default: AgentClass }, { default: request }] = await Promise.all([import('undici/lib/dispatcher/agent.js'), import('undici/lib/api/api-request.js')]);
  const agent = new AgentClass(options);
  return {
    request: (opts) => request.call(agent, opts),
    destroy: () => agent.destroy(),
  };
}
