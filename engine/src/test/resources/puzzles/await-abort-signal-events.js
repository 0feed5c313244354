// AbortSignal events, reasons and throwIfAborted.
const ac = new AbortController();
ac.signal.addEventListener('abort', (ev) => console.log('listener', ev.type, ac.signal.aborted));
ac.signal.onabort = () => console.log('onabort');
console.log('before', ac.signal.aborted, ac.signal.reason);
ac.abort('my reason');
console.log('after', ac.signal.reason);
ac.abort('again');
console.log('still', ac.signal.reason);
try { ac.signal.throwIfAborted(); } catch (e) { console.log('thrown', e); }
const ac2 = new AbortController();
ac2.abort();
console.log(ac2.signal.reason instanceof DOMException, ac2.signal.reason.name, ac2.signal.reason.message);
const t = AbortSignal.timeout(10);
t.addEventListener('abort', () => console.log('timeout signal', t.reason.name, t.reason.message));
