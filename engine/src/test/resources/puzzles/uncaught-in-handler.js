// An error thrown inside the uncaughtException handler itself.
process.on('uncaughtException', (e) => { console.log('handler for', e.message); throw new Error('handler broke'); });
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('first'); }, 0);
