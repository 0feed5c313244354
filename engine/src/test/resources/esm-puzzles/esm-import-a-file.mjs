// import() of a file: the module runs once the file is read, and its promise settles four
// jobs after the job that evaluated it (after its top-level await, for an async module).
const chatty = await import('./lib/chatty.mjs');
console.log('imported', chatty.name);
import('./lib/slow-import.mjs').then((m) => console.log('imported', m.name));
