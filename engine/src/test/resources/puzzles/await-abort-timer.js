// timers/promises setTimeout with an AbortSignal: abort() rejects at once, listeners run in order.
const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => console.log('listener', e.type, ac.signal.aborted));
sleep(600, 'v', { signal: ac.signal })
  .then((v) => console.log('resolved', v), (e) => console.log('rejected', e.name, e.code, e.message, e.cause.name));
setTimeout(() => {
  ac.abort();
  console.log('after abort');
  Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
}, 100);
sleep(10, 'pre', { signal: AbortSignal.abort('why') }).catch((e) => console.log('pre-aborted', e.cause));
