// A rejection with a non-Error reason and no handler ends the process with exit code 1.
process.on('exit', (code) => console.log('exit code', code));
console.log('start');
Promise.reject('plain string reason');
