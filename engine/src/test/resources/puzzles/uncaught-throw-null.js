// throw null: Node reports null, not an Error.
process.on('exit', (c) => console.log('exit', c));
throw null;
