const fs = require('fs');
fs.readFile('missing.txt', (err, data) => {
  console.log(err.message, err.errno, err.code, err.syscall, err.path, Object.keys(err), data);
  fs.mkdir('.', (err) => {
    console.log(err.message, err.code);
    fs.rename('nope-a', 'nope-b', (err) => {
      console.log(err.message, Object.keys(err));
      fs.readFile('.', (err) => {
        console.log(err.message, Object.keys(err));
        fs.promises.readFile('missing.txt').catch((e) => console.log('promise', e.message));
      });
    });
  });
});
try { fs.readFileSync('missing.txt'); } catch (e) { console.log('sync', e.message, e.code); }
try { fs.readFile('x'); } catch (e) { console.log(e.code, e.message); }
