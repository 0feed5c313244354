// Records what Node prints for each case of cases.js into cases.node.txt.
// Run with Node 20 from this directory:  node record.js
// cases.js: one case per line; blank lines and lines starting with // are
// skipped. A case is JavaScript run with `console`, `util` and `__tick(ms)`
// (advances the fake clock console.time reads) in scope. `A ||| B` runs A
// here and B on Nashorn (for syntax Nashorn lacks, e.g. classes, which the
// runtime lowers to functions marked __looplabClass).
// Output: one JSON array per case of [fd, text] chunks in write order
// (fd 3 = the case threw; text is the error's name).
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');

const dir = __dirname;
const lines = fs.readFileSync(path.join(dir, 'cases.js'), 'utf8').split('\n');

let chunks = [];
let clockNs = 1000000000000n;
process.hrtime = function hrtime(prev) {
  const s = clockNs / 1000000000n;
  const ns = clockNs % 1000000000n;
  if (!prev) return [Number(s), Number(ns)];
  let ds = Number(s) - prev[0];
  let dns = Number(ns) - prev[1];
  if (dns < 0) {
    ds -= 1;
    dns += 1e9;
  }
  return [ds, dns];
};
function tick(ms) {
  clockNs += BigInt(Math.round(ms * 1e6));
}

// console.trace's frames differ between engines: keep one placeholder frame.
function normalizeTrace(text) {
  return text.replace(/\n( *)    at [^\n]*(?:\n *    at [^\n]*)*/g, '\n$1    at STACK');
}

const realOut = process.stdout.write.bind(process.stdout);
process.stdout.write = (s) => { chunks.push([1, String(s)]); return true; };
process.stderr.write = (s) => {
  s = String(s);
  chunks.push([2, /^ *Trace\b/.test(s) ? normalizeTrace(s) : s]);
  return true;
};

const out = [];
for (const line of lines) {
  if (line.trim() === '' || line.startsWith('//')) continue;
  const src = line.split(' ||| ')[0];
  chunks = [];
  try {
    new Function('console', 'util', '__tick', src)(console, util, tick);
  } catch (e) {
    chunks.push([3, String(e && e.name)]);
  }
  out.push(JSON.stringify(chunks));
}
fs.writeFileSync(path.join(dir, 'cases.node.txt'), out.join('\n') + '\n');
realOut(`recorded ${out.length} cases\n`);
