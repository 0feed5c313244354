// process.exit inside a promise; pending timers never run.
process.on('exit', (c) => console.log('exit', c, process.exitCode));
setTimeout(() => console.log('never'), 0);
Promise.resolve().then(() => { console.log('exiting'); process.exit(); console.log('no'); });
