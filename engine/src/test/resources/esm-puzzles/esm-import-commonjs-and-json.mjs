// A CommonJS module imports as its module.exports (default) plus the names Node's lexer
// finds; JSON needs the attribute.
import legacy, { greet, version } from './lib/legacy.cjs';
import data from './lib/data.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import * as path from 'path';
import { setTimeout as sleep } from 'timers/promises';
console.log(greet('esm'), version, legacy.version === version);
console.log(data.name, data.phases.length, typeof readFileSync, path.basename('/a/b.txt'));
await sleep(5);
console.log('slept');
