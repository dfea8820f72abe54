// The fake Anthropic API on its own thread, for the bench: a real API server does not run on the
// engine's event loop, so its work (parsing each request, writing each SSE event) must not be
// counted as the engine's. Protocol: workerData.scenario in; { baseURL } out once listening;
// 'requests' → { requests } (bodies left out); 'close' → the server closes and the thread ends.
import { parentPort, workerData } from 'node:worker_threads';
import { require as requireTs } from 'tsx/cjs/api';

const { startFakeApi } = requireTs('../test/fake-api/server.ts', import.meta.url);
const api = await startFakeApi({ scenario: workerData.scenario });
parentPort.on('message', (message) => {
  if (message === 'requests') parentPort.postMessage({ requests: api.requests.map(({ body: _body, ...request }) => request) });
  if (message === 'close') void api.close().then(() => parentPort.close());
});
parentPort.postMessage({ baseURL: api.baseURL });
