// The loop runs dry while the module still awaits: Node exits with code 13.
process.on('exit', (code) => console.log('exit event', code));
console.log('waiting forever');
await new Promise(() => {});
console.log('never printed');
