// queueMicrotask ordering with nextTick and a throwing microtask caught by uncaughtException.
process.on('uncaughtException', (e, origin) => console.log('uncaught:', e.message, origin));
queueMicrotask(() => console.log('qm 1'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => { throw new Error('from microtask'); });
queueMicrotask(() => console.log('qm 2'));
setTimeout(() => console.log('timeout'), 0);
try { queueMicrotask('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
