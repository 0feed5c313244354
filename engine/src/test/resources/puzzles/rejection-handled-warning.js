// A handler attached too late, with no rejectionHandled listener: Node warns.
const p = Promise.reject(new Error('late'));
process.on('unhandledRejection', (r) => console.log('unhandled', r.message));
setTimeout(() => { p.catch(() => console.log('caught late')); }, 10);
setTimeout(() => console.log('after'), 100);
