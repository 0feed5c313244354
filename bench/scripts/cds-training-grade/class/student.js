// The grade training run's one submission: the reference, written another way.
const fs = require('fs');
const say = (s) => console.log(s);
setTimeout(() => say('timeout'), 0);
fs.readFile(__filename, () => setImmediate(() => say('immediate')));
process.nextTick(() => say('tick'));
Promise.resolve().then(() => say('promise'));
say('main');
