// Two-path errors name both paths and carry dest.
const fs = require('fs');
fs.rename('missing-a.txt', 'missing-b.txt', (err) => {
  console.log(err.message);
  console.log(err.code, err.syscall, err.path, err.dest);
  fs.copyFile('missing-c.txt', 'missing-d.txt', (err) => {
    console.log(err.message);
    console.log(Object.keys(err).join(','));
  });
});
