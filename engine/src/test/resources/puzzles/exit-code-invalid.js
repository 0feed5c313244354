// process.exit with an invalid code.
try { process.exit('abc'); } catch (e) { console.log(e.code, e.message); }
try { process.exitCode = 1.5; } catch (e) { console.log(e.code, e.message); }
console.log('still here');
